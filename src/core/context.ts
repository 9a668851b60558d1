import type { AnalyzeMeta } from './types';
import type { MatchText } from './text/normalize';

/** What every recognizer receives beside the text: the article's metadata and the shared folded copy. */
export interface RecognizerContext extends AnalyzeMeta {
  folded: MatchText;
}
