/** The Data tab: which column is which, what unrecognised values mean, the reference date, rejected rows. */
import { Button, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { ValueMapping } from "../../core/staffing";
import type { WorkbookHost } from "../../workbook/types";
import type { DataSettings } from "../useDataSettings";
import { headersKey, type StaffingData } from "../useStaffingData";
import type { ChosenMapping } from "../columnMapping";
import { valueMappingSize } from "../valueMapping";
import { MappingStep, RejectedRows } from "./DataView";
import { ReferenceDate } from "./ReferenceDate";
import { ValueMeanings } from "./ValueMeanings";

export function DataTab({
  data,
  settings,
  host,
  onChooseColumns,
  onAddValueMeanings,
  onClearValueMeanings,
  onSetReferenceDate,
  onError,
}: {
  data: StaffingData | null;
  settings: DataSettings | null;
  host: WorkbookHost;
  onChooseColumns: (choice: ChosenMapping) => void;
  onAddValueMeanings: (meanings: ValueMapping) => void;
  onClearValueMeanings: () => void;
  onSetReferenceDate: (serial: number) => void;
  onError: (message: string) => void;
}) {
  const [changingColumns, setChangingColumns] = useState(false);
  const saved = settings ? valueMappingSize(settings.values) : 0;
  return (
    <>
      {data &&
        (data.needsMapping || changingColumns ? (
          <MappingStep
            key={headersKey(data.block.headers)}
            data={data}
            onChoose={(mapping) => {
              setChangingColumns(false);
              onChooseColumns({ headersKey: headersKey(data.block.headers), mapping });
            }}
          />
        ) : (
          <div>
            <Button onClick={() => setChangingColumns(true)}>Change which column is which</Button>
          </div>
        ))}
      {data && data.unrecognised.length > 0 && (
        <ValueMeanings
          key={data.unrecognised.map((v) => `${v.column}:${v.key}`).join("|")}
          values={data.unrecognised}
          onApply={onAddValueMeanings}
        />
      )}
      {saved > 0 && (
        <div>
          <Text>
            {saved} value meaning{saved === 1 ? "" : "s"} saved in this workbook.{" "}
          </Text>
          <Button appearance="subtle" onClick={onClearValueMeanings}>
            Forget saved value meanings
          </Button>
        </div>
      )}
      {settings && (
        <ReferenceDate
          key={settings.referenceDate}
          referenceDate={settings.referenceDate}
          saved={settings.savedReferenceDate !== null}
          dates={data?.dates ?? null}
          onSet={onSetReferenceDate}
        />
      )}
      {data ? (
        <RejectedRows data={data} host={host} onError={onError} />
      ) : (
        <Text>No data read yet.</Text>
      )}
    </>
  );
}
