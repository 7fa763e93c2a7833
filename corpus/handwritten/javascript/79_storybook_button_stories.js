import { fn } from '@storybook/test';
import { Button } from './Button';

export default {
  title: 'Design System/Button',
  component: Button,
  tags: ['autodocs'],
  argTypes: {
    variant: { control: 'select', options: ['primary', 'secondary', 'ghost', 'danger'] },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    backgroundColor: { control: 'color' },
  },
  args: { onClick: fn(), children: 'Button', size: 'md' },
  parameters: { layout: 'centered' },
};

export const Primary = { args: { variant: 'primary' } };
export const Secondary = { args: { variant: 'secondary' } };
export const Danger = { args: { variant: 'danger', children: 'Delete project' } };
export const Loading = { args: { variant: 'primary', loading: true } };
export const Small = { args: { size: 'sm', children: 'Small' } };
