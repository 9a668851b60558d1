// Routes runtime messages to handlers. Every failure becomes a reply {error: message} (see ErrorReply),
// so callers show a sentence instead of a console stack. Messages that are not background requests get
// no answer (undefined) so other listeners in the same context can answer them.
import type { MessageSender } from '../platform';
import type { BackgroundRequest, BackgroundResponse } from '../shared/messages';

export type Handlers = {
  [K in BackgroundRequest['type']]: (msg: Extract<BackgroundRequest, { type: K }>, sender: MessageSender) => Promise<BackgroundResponse<K>>;
};

export function createRouter(handlers: Handlers): (msg: unknown, sender: MessageSender) => Promise<unknown> | undefined {
  return (msg, sender) => {
    if (!msg || typeof msg !== 'object') return undefined;
    const type = (msg as { type?: unknown }).type;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    const handler = handlers[type as BackgroundRequest['type']] as (m: BackgroundRequest, s: MessageSender) => Promise<unknown>;
    return Promise.resolve()
      .then(() => handler(msg as BackgroundRequest, sender))
      .catch((e: unknown) => {
        console.error(`[Soi Tin] ${type} failed`, e);
        return { error: e instanceof Error && e.message ? e.message : String(e) || 'Lỗi không xác định.' };
      });
  };
}
