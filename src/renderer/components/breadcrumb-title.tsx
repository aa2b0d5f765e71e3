/** "Products / <this page>" in the top bar, with an optional badge after it. */
import type { ReactNode } from 'react';
import { paths } from '../router';

export function BreadcrumbTitle({ children, badge }: { children: ReactNode; badge?: ReactNode }) {
  return (
    <span className="title-with-badge">
      <a href={paths.products} className="breadcrumb">
        Products
      </a>
      <span aria-hidden="true" className="breadcrumb-sep">
        /
      </span>
      {children}
      {badge}
    </span>
  );
}
