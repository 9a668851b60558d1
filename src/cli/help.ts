// The text of `soitin --help`: the one place the CLI's rules are written for users.
import { MAX_TITLE_CHARS } from './text-input';

export const USAGE = `soitin — highlights people, titles, places, organisations and figures in Vietnamese news, with a summary

Usage:
  soitin analyze FILE.html|FILE.txt|-  [--url URL] [--published YYYY-MM-DD] [--summary N] [--format json|md|csv]
  soitin analyze --jsonl [--published YYYY-MM-DD] [--summary N]   < in.jsonl > out.jsonl
  soitin --help | --version

analyze FILE   Prints JSON {isArticle, isProvincial, provincialScore, province, title, published, url, text,
               entities, summary}; entity and summary offsets are UTF-16 indices into that "text".
               "-" reads standard input.
  HTML input   (.html/.htm, or content starting with <!doctype html>/<html>) goes through the same article
               extraction as the extension; "text" is the extracted article. A page that is not an
               article gives isArticle=false and its visible text is analysed.
  Text input   The first line is the title when a blank line follows it and it is at most ${MAX_TITLE_CHARS}
               characters. The whole text, title line included, is analysed (a leading BOM is dropped).
  --url URL          Page address (HTML base URL; default file://…)
  --published DATE   Publication date: anchors "25/11" to a year (default: from the page, else none)
  --summary N        Sentences in the summary, 1..7 (default 3)
  --format FMT       json (default), md (Markdown report) or csv (one row per entity, UTF-8 with BOM)

analyze --jsonl
               Reads one JSON object per line {"id", "text", "title"?, "published"?} on standard input and
               writes one line {"id", "entities", "summary"} per input line, offsets into that line's text.
               A bad line is reported on stderr with its number; the others are still processed.

Exit codes: 0 success, 2 bad arguments or unusable input (missing file, empty, binary, not UTF-8, bad JSON line).
`;
