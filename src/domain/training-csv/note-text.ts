/** Strong and Hevy write a line break inside a note as the two characters \n (Hevy's export, Liftosaur's importers). */
export function readNoteText(text: string): string {
  return text.replace(/\\n/g, '\n').trim();
}

export function writeNoteText(text: string): string {
  return text.replace(/\r?\n/g, '\\n');
}
