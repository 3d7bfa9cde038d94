// The ribbon button only shows the task pane (ShowTaskpane action); this page exists because
// the manifest's FunctionFile must point somewhere. Office.onReady keeps the host handshake.
void Office.onReady();
