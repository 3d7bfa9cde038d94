/**
 * Baseline for the task pane bundle measurement: the smallest useful Fluent UI v9 pane
 * (provider, theme, a heading, a button). scripts/measure-bundle.mjs compares the real pane to it.
 */
import { Button, FluentProvider, Text, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import { createRoot } from "react-dom/client";

function Hello() {
  const [clicks, setClicks] = useState(0);
  return (
    <FluentProvider theme={webLightTheme}>
      <Text as="h1" size={500}>
        Hello
      </Text>
      <Button appearance="primary" onClick={() => setClicks((n) => n + 1)}>
        Clicked {clicks} times
      </Button>
    </FluentProvider>
  );
}

const container = document.getElementById("container");
if (container) createRoot(container).render(<Hello />);
