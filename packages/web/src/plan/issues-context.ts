// Lets each field find the validation message about itself (core gives every issue a path,
// e.g. "supportContacts.1.name"), so the message sits under the field and is announced with it.
import { createContext, useContext } from 'react';
import type { PlanIssue } from '@kinbridge/core/plan';

export const IssuesContext = createContext<ReadonlyMap<string, string>>(new Map());

export function issuesByPath(issues: readonly PlanIssue[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const issue of issues) {
    const key = issue.path.join('.');
    if (!map.has(key)) map.set(key, issue.message);
  }
  return map;
}

/** The message for a field, e.g. fieldIssue(['triggers', 0, 'text']). */
export function useFieldIssue(path: readonly (string | number)[]): string | undefined {
  return useContext(IssuesContext).get(path.join('.'));
}
