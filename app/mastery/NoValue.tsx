/** "—" on screen, words for a screen reader, where a figure has nothing to measure yet. */
export function NoValue({ spoken }: { spoken: string }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{spoken}</span>
    </>
  );
}
