/** The Dashboard tab: whole-service measures and a per-team table, each against its target. */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import type { StaffingSummary } from "../../core/summary";
import {
  measureRows,
  MEASURE_LABELS,
  postRows,
  type DashboardMeasure,
  type DataQuality,
} from "../dashboardModel";
import type { Targets } from "../targets";
import { RagBadge } from "./RagBadge";

const useStyles = makeStyles({
  scroll: { overflowX: "auto" },
  stack: { display: "flex", flexDirection: "column", rowGap: "12px" },
  part: { paddingLeft: "20px" },
});

const TEAM_COLUMNS: DashboardMeasure[] = [
  "vacancyRate",
  "agencyRate",
  "turnoverRate",
  "absenceRate",
  "sicknessDaysPerFte",
  "caseload",
  "fteNeeded",
];

export function Dashboard({
  summary,
  targets,
  loading,
  quality,
  onShowData,
}: {
  summary: StaffingSummary;
  targets: Targets;
  loading: boolean;
  quality: DataQuality;
  onShowData: () => void;
}) {
  const styles = useStyles();
  const total = measureRows(summary.total, targets, quality);
  const unknown = quality.unrecognisedRows;
  return (
    // While a refresh runs the old figures stay, marked busy, so nothing flickers. They are not
    // dimmed: faded text and badges fall below WCAG contrast, and the pane's header already
    // shows a spinner ("Reading data…").
    <div className={styles.stack} aria-busy={loading}>
      {unknown > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {unknown} row{unknown === 1 ? "" : "s"} hold{unknown === 1 ? "s" : ""} values the add-in
            does not recognise and {unknown === 1 ? "is" : "are"} not counted, so no figure is shown
            as on target.{" "}
            <Button appearance="transparent" onClick={onShowData}>
              Say what they mean
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      <section aria-labelledby="service-heading">
        <Text as="h2" weight="semibold" id="service-heading">
          Whole service
        </Text>
        <Table aria-labelledby="service-heading" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Measure</TableHeaderCell>
              <TableHeaderCell>Value</TableHeaderCell>
              <TableHeaderCell>Target</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {total.map((row) => (
              <TableRow key={row.key} data-measure={row.key}>
                <TableCell>{row.label}</TableCell>
                <TableCell>{row.value}</TableCell>
                <TableCell>{row.target}</TableCell>
                <TableCell>
                  <RagBadge rag={row.rag} reason={row.reason} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
      <section aria-labelledby="posts-heading">
        <Text as="h2" weight="semibold" id="posts-heading">
          Posts (FTE)
        </Text>
        <Table aria-labelledby="posts-heading" size="small">
          <TableBody>
            {postRows(summary.total).map((row) => (
              <TableRow key={row.key} data-post={row.key}>
                <TableCell className={row.part ? styles.part : undefined}>{row.label}</TableCell>
                <TableCell>{row.value}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
      {/* Focusable so keyboard users can scroll the wide table sideways in a narrow pane. */}
      <section aria-labelledby="teams-heading" className={styles.scroll} tabIndex={0}>
        <Text as="h2" weight="semibold" id="teams-heading">
          By team
        </Text>
        {/* Wide enough not to squeeze the cells; the section scrolls sideways in a narrow pane. */}
        <Table aria-labelledby="teams-heading" size="small" style={{ minWidth: "760px" }}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Team</TableHeaderCell>
              {TEAM_COLUMNS.map((key) => (
                <TableHeaderCell key={key}>{MEASURE_LABELS[key]}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {summary.teams.map((team) => {
              const rows = measureRows(team, targets, quality);
              return (
                <TableRow key={team.team} data-team={team.team}>
                  <TableCell>{team.team}</TableCell>
                  {TEAM_COLUMNS.map((key) => {
                    const row = rows.find((r) => r.key === key);
                    return (
                      <TableCell key={key}>
                        {row?.value}
                        <br />
                        <RagBadge rag={row?.rag ?? null} reason={row?.reason} compact />
                      </TableCell>
                    );
                  })}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </section>
    </div>
  );
}
