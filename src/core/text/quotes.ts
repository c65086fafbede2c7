// Quotation spans in every style news uses: “ ” " " « » ‘ ’ „ “, nested quotes, quotes running
// over several paragraphs, and quote blocks that open with no mark and close with a lone ”.
//   “A,” she said. “B.”                      → two pieces, one paragraph
//   “A …¶“B …”                               → one group: the first paragraph never closes
//   He stated:¶They lie and lie … protest. ” → a block: from the paragraph start to the lone ”

import type { Span } from "../types.js";

export interface QuotePiece extends Span {
  /** Index into the paragraphs. */
  para: number;
  /** Index into `QuoteScan.groups`: pieces of one quotation across paragraphs share it. */
  group: number;
  /** The piece begins with an opening mark (false for blocks opened by nothing). */
  opened: boolean;
  /** The piece ends with a closing mark (false when it runs on to the next paragraph). */
  closed: boolean;
  /** Single-mark quotation (‘…’): in English news usually a quote within a headline or quote. */
  single: boolean;
}

export interface QuoteScan {
  pieces: QuotePiece[];
  /** For each group, the indices of its pieces in `pieces`. */
  groups: number[][];
  /** Piece index by paragraph: `[first, end)` into `pieces`. */
  byPara: [number, number][];
}

const LETTER = /[\p{L}\p{N}]/u;
const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);
const isLetter = (ch: string | undefined) => ch !== undefined && LETTER.test(ch);

type Family = "curly" | "straight" | "guillemet" | "low" | "single";

interface Open {
  at: number;
  family: Family;
  depth: number;
}

/** A closing mark is at a closing position: after text, before space or punctuation. */
function closingPosition(text: string, i: number, end: number): boolean {
  return !isSpace(text[i - 1]) || i + 1 >= end || /^\s*$/.test(text.slice(i + 1, end));
}

/** False for every code unit that is none of the marks `scanParagraph` reads (“ ” „ « » " ' ‘ ’). */
export function mayBeQuoteMark(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201e);
}

function scanParagraph(
  text: string,
  p: Span,
  para: number,
  out: QuotePiece[],
  lone: number[],
): Open | null {
  let open: Open | null = null;
  const emit = (start: number, end: number, closed: boolean, single: boolean) =>
    out.push({ start, end, para, group: -1, opened: true, closed, single });
  for (let i = p.start; i < p.end; i++) {
    // Most characters are no quotation mark: they are passed over by code, without making the
    // one-character string the switch below compares.
    if (!mayBeQuoteMark(text.charCodeAt(i))) continue;
    const ch = text[i]!;
    switch (ch) {
      case "“":
        if (open === null) open = { at: i, family: "curly", depth: 0 };
        else if (open.family === "low") {
          emit(open.at, i + 1, true, false);
          open = null;
        } else if (open.family === "curly") {
          // A new quotation at a sentence start means the previous one was never closed.
          const before = text.slice(Math.max(p.start, i - 3), i);
          if (
            open.depth === 0 &&
            !isSpace(text[i - 1]) &&
            (isSpace(text[i + 1]) || i + 1 >= p.end)
          ) {
            // “Apparently not,“ he said: a closing mark typed as an opening one.
            emit(open.at, i + 1, true, false);
            open = null;
          } else if (/[.!?…]\s+$/.test(before) && open.depth === 0) {
            emit(open.at, i, false, false);
            open = { at: i, family: "curly", depth: 0 };
          } else open.depth++;
        }
        break;
      case "”":
        if (open === null) {
          // A reversed opening mark ("”word") or a lone closer ending an unmarked block.
          if (isSpace(text[i - 1]) && isLetter(text[i + 1]))
            open = { at: i, family: "curly", depth: 0 };
          else if (closingPosition(text, i, p.end)) lone.push(i);
        } else if (open.family === "curly" || open.family === "low" || open.family === "straight") {
          if (open.depth > 0) open.depth--;
          else {
            emit(open.at, i + 1, true, false);
            open = null;
          }
        }
        break;
      case "„":
        if (open === null) open = { at: i, family: "low", depth: 0 };
        break;
      case "«":
        if (open === null) open = { at: i, family: "guillemet", depth: 0 };
        else if (open.family === "guillemet") open.depth++;
        break;
      case "»":
        if (open?.family === "guillemet") {
          if (open.depth > 0) open.depth--;
          else {
            emit(open.at, i + 1, true, false);
            open = null;
          }
        }
        break;
      case '"':
        if (open === null) open = { at: i, family: "straight", depth: 0 };
        else if (
          open.family === "straight" ||
          (open.family === "curly" &&
            open.depth === 0 &&
            closingPosition(text, i, p.end) &&
            !isLetter(text[i + 1]))
        ) {
          emit(open.at, i + 1, true, false);
          open = null;
        }
        break;
      case "'":
        // Two apostrophes stand for a double mark in some wire copy: ''We will appeal,'' he said.
        if (text[i + 1] !== "'") break;
        if (open === null) open = { at: i, family: "straight", depth: 0 };
        else if (open.family === "straight") {
          emit(open.at, i + 2, true, false);
          open = null;
        }
        i++;
        break;
      case "‘":
        if (open === null && !isLetter(text[i - 1]) && !isSpace(text[i + 1]))
          open = { at: i, family: "single", depth: 0 };
        break;
      case "’":
        if (open?.family === "single" && !isLetter(text[i + 1]) && !isSpace(text[i - 1])) {
          emit(open.at, i + 1, true, true);
          open = null;
        }
        break;
    }
  }
  return open;
}

const OPENING_MARKS = '“"«„';
const opensWithMark = (text: string, at: number) =>
  OPENING_MARKS.includes(text[at]!) || text.startsWith("''", at);

/** Find every quotation in the text, paragraph by paragraph (paragraphs sorted, disjoint). */
export function findQuotes(text: string, paragraphs: readonly Span[]): QuoteScan {
  const pieces: QuotePiece[] = [];
  const groups: number[][] = [];
  const byPara: [number, number][] = [];
  let carry = -1; // group continuing from the previous paragraph
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    const first = pieces.length;
    let groupFrom = first;
    let paraFirst = first;
    const lone: number[] = [];
    const open = scanParagraph(text, p, pi, pieces, lone);
    if (open !== null) {
      // Unclosed: it runs on if the next paragraph opens with a mark (grouped below), else it
      // ends with its paragraph.
      pieces.push({
        start: open.at,
        end: p.end,
        para: pi,
        group: -1,
        opened: true,
        closed: false,
        single: open.family === "single",
      });
    }
    // A lone closing mark: the block ran from the paragraph start (no opening mark) to here, or
    // from further up, when paragraphs without marks follow an introduction ending in a colon.
    if (lone.length > 0) {
      const at = lone[lone.length - 1]!;
      const inside = pieces.slice(first).some((q) => q.start <= at && at < q.end);
      if (!inside) {
        const end = at + 1;
        const kept = pieces.splice(first).filter((q) => q.start >= end);
        let from = pi;
        for (let back = pi - 1; back >= 0 && back >= pi - 4; back--) {
          const [a, b] = byPara[back]!;
          if (a !== b) break;
          if (text[paragraphs[back]!.end - 1] === ":") {
            from = back + 1;
            break;
          }
        }
        const block: QuotePiece[] = [];
        for (let b = from; b < pi; b++) {
          const bp = paragraphs[b]!;
          block.push({
            start: bp.start,
            end: bp.end,
            para: b,
            group: -1,
            opened: false,
            closed: false,
            single: false,
          });
        }
        block.push({
          start: p.start,
          end,
          para: pi,
          group: -1,
          opened: false,
          closed: true,
          single: false,
        });
        // Earlier paragraphs of the block had no pieces: their ranges now point at the block.
        for (let b = from; b < pi; b++) byPara[b] = [first + (b - from), first + (b - from) + 1];
        const g = groups.length;
        groups.push([]);
        block.forEach((q, k) => {
          q.group = g;
          groups[g]!.push(first + k);
        });
        pieces.push(...block);
        groupFrom = first + block.length;
        paraFirst = pieces.length - 1;
        pieces.push(...kept);
      }
    }
    // Group: the first piece continues the carried group when it opens the paragraph.
    for (let k = groupFrom; k < pieces.length; k++) {
      const q = pieces[k]!;
      if (k === groupFrom && carry >= 0 && q.start === p.start && q.opened) {
        q.group = carry;
        groups[carry]!.push(k);
      } else {
        q.group = groups.length;
        groups.push([k]);
      }
    }
    const last = pieces[pieces.length - 1];
    const runsOn =
      last !== undefined &&
      last.para === pi &&
      !last.closed &&
      last.end === p.end &&
      !last.single &&
      pi + 1 < paragraphs.length &&
      opensWithMark(text, paragraphs[pi + 1]!.start);
    carry = runsOn ? last.group : -1;
    byPara.push([paraFirst, pieces.length]);
  }
  return { pieces, groups, byPara };
}

/** Whether `offset` lies inside a quotation piece (binary search over the sorted pieces). */
export function isQuoted(scan: QuoteScan, offset: number): boolean {
  return quoteAt(scan, offset) >= 0;
}

/** Index of the piece containing `offset`, or -1. */
export function quoteAt(scan: QuoteScan, offset: number): number {
  const ps = scan.pieces;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = ps[mid]!;
    if (offset < q.start) hi = mid - 1;
    else if (offset >= q.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
