import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Brings the element named by the address's `#hash` into view and focuses it, once the screen has rendered it:
 * the browser does this by itself only on a full page load, not after an in-app link (a readiness item that
 * points at a profile field). Render it after the content it points into.
 */
export function ScrollToHash() {
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }, [hash]);
  return null;
}
