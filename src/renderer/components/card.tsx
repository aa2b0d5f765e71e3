/** A titled section of a page, with an optional action beside the title. */
import { useId, type ReactNode } from 'react';

interface CardProps {
  title: ReactNode;
  action?: ReactNode;
  className?: string;
  testId?: string;
  children: ReactNode;
}

export function Card({ title, action, className, testId, children }: CardProps) {
  const headingId = useId();
  return (
    <section className={`card ${className ?? ''}`} aria-labelledby={headingId} data-testid={testId}>
      <div className="card-heading">
        <h2 id={headingId}>{title}</h2>
        {action}
      </div>
      {children}
    </section>
  );
}
