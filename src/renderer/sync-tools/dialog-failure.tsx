/** Why a sync dialog's call failed, in the dialog itself, where the owner is looking. */
export function DialogFailure({ failure, testId }: { failure: string | null; testId: string }) {
  if (failure === null) return null;
  return (
    <p className="notice notice-error" role="alert" data-testid={testId}>
      {failure}
    </p>
  );
}
