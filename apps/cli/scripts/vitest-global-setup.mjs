// The CLI tests spawn the real bundled bin; build it once before they start if the sources changed.
import { ensureBuilt } from './ensure-built.mjs';

export default function setup() {
  ensureBuilt();
}
