interface ChoiceButtonProps {
  title: string;
  text: string;
  onClick: () => void;
  disabled?: boolean;
  /** Why the choice is disabled; shown in its place. */
  disabledReason?: string;
}

/** One large sign-in choice: a title and a line on what it means. */
export function ChoiceButton({ title, text, onClick, disabled, disabledReason }: ChoiceButtonProps) {
  return (
    <button type="button" className="choice" onClick={onClick} disabled={disabled}>
      <span className="choice__title">{title}</span>
      <span className="choice__text">{disabled && disabledReason ? disabledReason : text}</span>
    </button>
  );
}
