// One place that turns anything thrown or rejected into a sentence the popup can show.

/** Text of an error for display; never throws. */
export function errorText(e: unknown): string {
  if (e instanceof Error && e.message) return e.message;
  if (typeof e === 'string' && e) return e;
  if (e && typeof e === 'object' && 'error' in e && typeof (e as { error: unknown }).error === 'string')
    return (e as { error: string }).error;
  return 'Đã xảy ra lỗi không xác định (unknown error).';
}
