// Reading an export file back in the browser tests (shared by the Chromium and Firefox suites).

/** True when some object in the export is a MONEY annotation with this value (any nesting, any field layout). */
export function findMoney(data: unknown, value: number): boolean {
  if (Array.isArray(data)) return data.some((x) => findMoney(x, value));
  if (data && typeof data === 'object') {
    const o = data as Record<string, unknown>;
    if (o.type === 'MONEY' && Number(o.value) === value) return true;
    return Object.values(o).some((x) => findMoney(x, value));
  }
  return false;
}
