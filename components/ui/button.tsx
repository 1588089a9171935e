import type { ButtonHTMLAttributes, ComponentChildren } from 'preact';
import './theme.css';
import './button.css';

type Variant = 'primary' | 'secondary' | 'link';
type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'class'> & {
  variant?: Variant;
  class?: string;
  children: ComponentChildren;
};

/** A native button (type="button" unless told otherwise, so it never submits a CRM form). */
export function Button({ variant = 'secondary', class: extra, type = 'button', children, ...rest }: ButtonProps) {
  return (
    <button type={type} class={`pacer-btn pacer-btn--${variant}${extra ? ` ${extra}` : ''}`} {...rest}>
      {children}
    </button>
  );
}

type IconButtonProps = Omit<ButtonProps, 'aria-label' | 'variant'> & {
  /** Required: an icon alone has no accessible name. */
  label: string;
};

/** An icon-only button; the label is its accessible name and its hover title. */
export function IconButton({ label, class: extra, children, ...rest }: IconButtonProps) {
  return (
    <Button variant="secondary" class={`pacer-btn--icon${extra ? ` ${extra}` : ''}`} aria-label={label} title={label} {...rest}>
      <span aria-hidden="true">{children}</span>
    </Button>
  );
}
