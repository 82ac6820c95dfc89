/**
 * DKFDS's navigation tabs (`nav.tab-container`): links between the parts of a page, the current one marked
 * with aria-current. Links stay links: a view can be opened in a new tab or bookmarked.
 */
export interface NavTab {
  href: string;
  label: string;
  current: boolean;
  /** Called instead of following the link (the app changes its URL state itself). */
  onSelect: () => void;
}

export function NavTabs({
  label,
  tabs,
  className,
}: {
  label: string;
  tabs: readonly NavTab[];
  className?: string;
}) {
  return (
    <nav className={`tab-container${className ? ` ${className}` : ''}`} aria-label={label}>
      <ul className="tab-list">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <a
              href={tab.href}
              className="tab-button"
              aria-current={tab.current ? 'page' : undefined}
              onClick={(event) => {
                if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                event.preventDefault();
                tab.onSelect();
              }}
            >
              <span>{tab.label}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
