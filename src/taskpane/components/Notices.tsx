/** The one notice area at the top of the pane: the latest messages, each dismissable. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { ShownNotice } from "../notices";

export function Notices({
  notices,
  onDismiss,
}: {
  /** Oldest first; a notice with no `onDismiss` stays (e.g. the data could not be read). */
  notices: readonly (ShownNotice & { fixed?: boolean })[];
  onDismiss: (id: number) => void;
}) {
  return (
    <div aria-live="polite">
      {notices.map((n) => (
        <MessageBar key={n.id} intent={n.intent} layout="multiline">
          <MessageBarBody>
            {n.title && <MessageBarTitle>{n.title}</MessageBarTitle>}
            {n.text}
          </MessageBarBody>
          {!n.fixed && (
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  aria-label="Dismiss message"
                  icon={<DismissRegular />}
                  onClick={() => onDismiss(n.id)}
                />
              }
            />
          )}
        </MessageBar>
      ))}
    </div>
  );
}
