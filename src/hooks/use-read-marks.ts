import { use, useMemo, useSyncExternalStore } from 'react';
import {
  currentReadMarks,
  markRead,
  markUnread,
  readMarksVersion,
  subscribeReadMarks,
  type ReadMarks,
} from '@/lib/read-marks';
import { ReadMarksUser } from './read-marks-user';

export type ReadMarksApi = ReadMarks & {
  /** Marks are kept for a known user only. */
  enabled: boolean;
  markRead: (conversation: string, feedbackTurns?: readonly string[]) => void;
  markUnread: (conversation: string) => void;
};

/** This staff user's read marks (src/lib/read-marks.ts); re-renders when any mark changes. */
export function useReadMarks(): ReadMarksApi {
  const user = use(ReadMarksUser);
  const version = useSyncExternalStore(subscribeReadMarks, readMarksVersion, readMarksVersion);
  return useMemo(() => {
    const marks = currentReadMarks(user);
    return {
      ...marks,
      enabled: user !== null,
      markRead: (conversation, feedbackTurns) => {
        if (user !== null) markRead(user, conversation, feedbackTurns);
      },
      markUnread: (conversation) => {
        if (user !== null) markUnread(user, conversation);
      },
    };
    // `version` stands for the store's content, which `currentReadMarks` reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [user, version]);
}
