import type { StarRating } from './components/star-rating';
import type { ToolTip } from './components/tool-tip';

declare global {
  interface HTMLElementTagNameMap {
    'star-rating': StarRating;
    'tool-tip': ToolTip;
  }
  interface HTMLElementEventMap {
    'rating-change': CustomEvent<{ value: number }>;
  }
}
