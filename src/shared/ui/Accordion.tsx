/**
 * DKFDS's accordion: a heading holding a button that shows or hides its content (aria-expanded,
 * aria-controls). Our own state; DKFDS's script is never run.
 */
import { type ReactNode, useId, useState } from 'react';

export interface AccordionItem {
  /** Stable key of the item. */
  key: string;
  title: ReactNode;
  content: ReactNode;
  open?: boolean;
}

export function Accordion({
  items,
  headingLevel = 3,
}: {
  items: readonly AccordionItem[];
  headingLevel?: 2 | 3 | 4;
}) {
  return (
    <ul className="accordion">
      {items.map((item) => (
        <AccordionEntry key={item.key} item={item} headingLevel={headingLevel} />
      ))}
    </ul>
  );
}

function AccordionEntry({ item, headingLevel }: { item: AccordionItem; headingLevel: 2 | 3 | 4 }) {
  const id = useId();
  const [open, setOpen] = useState(item.open ?? false);
  const Heading = `h${headingLevel}` as const;
  return (
    <li>
      <Heading>
        <button
          type="button"
          className="accordion-button"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((value) => !value)}
        >
          <span className="accordion-title">{item.title}</span>
        </button>
      </Heading>
      <div id={id} className="accordion-content" aria-hidden={!open} hidden={!open}>
        {item.content}
      </div>
    </li>
  );
}
