interface ButtonProps {
  label: string;
  variant?: 'primary' | 'ghost';
  onClick?: (ev: MouseEvent) => void;
  readonly disabled?: boolean;
}

function renderButton({ label, variant = 'primary', disabled = false }: ButtonProps): string {
  return `<button class="btn btn-${variant}"${disabled ? ' disabled' : ''}>${label}</button>`;
}
