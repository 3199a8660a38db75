/** One message in Bahasa Indonesia (`id`) and English (`en`), with `{param}` placeholders. */
export interface IssueMessage {
  readonly id: string;
  readonly en: string;
}
