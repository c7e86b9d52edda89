import { createHash } from "node:crypto";

// Anki note fields are HTML. Recall ML cards are plain text shown with `white-space: pre-wrap`, so
// a field is the text escaped, with its line breaks as <br>: it reads the same in both.

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Plain card text as an Anki field: NFC (Anki normalises fields so), HTML-escaped, "\n" as <br>. */
export function fieldHtml(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[&<>"']/g, (character) => ESCAPES[character])
    .replaceAll("\n", "<br>");
}

// Anki's strip_html (rslib/src/text.rs): comments, style and script blocks and every tag removed,
// then entities decoded with a no-break space read as a space. Only the entities fieldHtml writes
// and numeric ones can occur in our fields, so those are all this decodes.
const HTML = /<!--.*?-->|<style.*?>.*?<\/style>|<script.*?>.*?<\/script>|<.*?>/gis;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

export function stripHtml(html: string): string {
  return html.replace(HTML, "").replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code === 0xa0 ? " " : String.fromCodePoint(code);
    }
    return NAMED[name.toLowerCase()] ?? entity;
  });
}

/**
 * Anki's note checksum (`csum`, rslib/src/notes/mod.rs field_checksum): the first four bytes of the
 * SHA-1 of the first field without HTML, as an unsigned big-endian integer. Anki finds duplicate
 * notes by it.
 */
export function fieldChecksum(firstField: string): number {
  return createHash("sha1").update(stripHtml(firstField)).digest().readUInt32BE(0);
}

/**
 * A note's guid, fixed by the card id: exporting again and importing into the same Anki profile
 * updates the notes already there (Anki matches notes by guid) instead of adding copies.
 */
export function noteGuid(cardId: string): string {
  return `rml-${createHash("sha256").update(cardId).digest("base64url").slice(0, 16)}`;
}

/** Anki tags hold no spaces; the list is stored space-separated with a space at each end. */
export function tagsField(tags: readonly string[]): string {
  const words = tags.map((tag) => tag.trim().replace(/\s+/g, "_")).filter(Boolean);
  return words.length === 0 ? "" : ` ${words.join(" ")} `;
}
