// A button that stays focusable while it cannot act (aria-disabled, not disabled): pressing it with the
// keyboard never drops the focus to the page body when the press itself makes it unavailable.
import type { ButtonHTMLAttributes } from 'react';

interface Props extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled' | 'onClick' | 'type'> {
  /** It cannot act now: it says so to assistive technology and ignores presses. */
  readonly unavailable: boolean;
  readonly onPress: () => void;
}

export function SteadyButton({ unavailable, onPress, className = 'button', ...rest }: Props) {
  return (
    <button
      type="button"
      className={className}
      aria-disabled={unavailable}
      onClick={() => {
        if (!unavailable) onPress();
      }}
      {...rest}
    />
  );
}
