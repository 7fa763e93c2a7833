import { createElement as h, useState, type FC, type ReactNode } from "react";

interface CardProps {
  title: string;
  subtitle?: string;
  collapsible?: boolean;
  children?: ReactNode;
}

export const Card: FC<CardProps> = ({ title, subtitle, collapsible = false, children }) => {
  const [open, setOpen] = useState<boolean>(true);

  const header = h(
    "header",
    { className: "card__header" },
    h("h3", null, title),
    subtitle ? h("small", null, subtitle) : null,
    collapsible &&
      h(
        "button",
        { type: "button", "aria-expanded": open, onClick: () => setOpen((o) => !o) },
        open ? "Hide" : "Show",
      ),
  );

  return h("section", { className: "card" }, header, open ? h("div", { className: "card__body" }, children) : null);
};
