import { describe, expect, it } from 'vitest';
import { findActivePath } from './nav-routes';

describe('findActivePath', () => {
  const paths = ['/innovations', '/dashboard', '/admin/users'];
  it.each([
    ['/innovations', '/innovations'],
    ['/innovations/abc/profile', '/innovations'],
    ['/innovationsx', undefined],
    ['/admin/users/1', '/admin/users'],
    ['/', undefined],
  ])('%s highlights %s', (pathname, active) => {
    expect(findActivePath(pathname, paths)).toBe(active);
  });
});
