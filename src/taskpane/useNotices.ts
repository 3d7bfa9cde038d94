/** The notice area's state: notify adds a message (see notices.ts), dismiss removes one. */
import { useCallback, useRef, useState } from "react";
import { addNotice, type Notice, type ShownNotice } from "./notices";

export function useNotices(): {
  notices: ShownNotice[];
  notify: (notice: Notice) => void;
  dismiss: (id: number) => void;
} {
  const [notices, setNotices] = useState<ShownNotice[]>([]);
  const nextId = useRef(1);
  const notify = useCallback((notice: Notice) => {
    const id = nextId.current++;
    setNotices((list) => addNotice(list, notice, id));
  }, []);
  const dismiss = useCallback(
    (id: number) => setNotices((list) => list.filter((n) => n.id !== id)),
    [],
  );
  return { notices, notify, dismiss };
}
