// Kept for existing imports: the selector maths lives in the pure core (src/core/anchoring).
export { CONTEXT_LEN, describeRange as selectorsFor } from '../core/anchoring/selectors';
