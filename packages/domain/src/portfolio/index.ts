export * from './parse-portfolio.ts';
export {
  formatIssuePath,
  type BilingualMessage,
  type PortfolioIssue,
  type TPortfolioIssueCode,
} from './portfolio-issues.ts';
export * from './portfolio-json-schema.ts';
export * from './portfolio-report.ts';
export * from './portfolio-schema.ts';
export * from './score-portfolio.ts';
