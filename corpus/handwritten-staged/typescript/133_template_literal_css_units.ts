type CssUnit = 'px' | 'rem' | 'em' | '%' | 'vh' | 'vw';
type CssLength = `${number}${CssUnit}` | 0;
type Side = 'top' | 'right' | 'bottom' | 'left';
type MarginProp = `margin${Capitalize<Side>}`;

const px = (n: number): `${number}px` => `${n}px`;

const spacing: Partial<Record<MarginProp, CssLength>> = {
  marginTop: '1.5rem',
  marginLeft: px(12),
  marginBottom: 0,
};
