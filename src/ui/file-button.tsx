interface FileButtonProps {
  /** The button's classes (a label styled as a button). */
  className: string;
  label: string;
  /** What it says while the chosen file is being read or imported. */
  busyLabel: string;
  busy: boolean;
  accept: string;
  onFile: (file: File) => void;
}

/**
 * A button that opens the file chooser: a label around a hidden file input, so the input's
 * name is the button's text. The same file can be chosen again (the input is emptied).
 */
export function FileButton({ className, label, busyLabel, busy, accept, onFile }: FileButtonProps) {
  return (
    <label className={className} aria-disabled={busy}>
      {busy ? busyLabel : label}
      <input
        type="file"
        accept={accept}
        className="visually-hidden"
        disabled={busy}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
