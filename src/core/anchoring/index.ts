// Anchoring maths (pure): selectors for a range of the article text, and finding them again later.
export { CONTEXT_LEN, describeRange, type RangeSelectors } from './selectors';
export {
  anchor,
  AMBIGUITY_MARGIN,
  MIN_CONTEXT_SIMILARITY,
  MIN_FUZZY_CONTEXT_SIMILARITY,
  MIN_QUOTE_SIMILARITY,
  SELF_EVIDENT_QUOTE_LEN,
  UNIQUE_QUOTE_LEN,
  type AnchorResult,
  type AnchorStrategy,
} from './anchor';
export { similarity } from './similarity';
