/**
 * How the staffing data is read, as saved in the workbook: the column choice, the meanings of
 * unrecognised values and the reference date. Loaded once when the pane opens (the data is not
 * read before, so a saved choice never flashes wrong figures first); every change is saved.
 * A damaged saved value is reported, kept beside the setting, and whatever is still valid used.
 */
import { useCallback, useEffect, useMemo, useRef } from "react";
import { emptyValueMapping, type ValueMapping } from "../core/staffing";
import type { WorkbookHost } from "../workbook/types";
import { loadMapping, MAPPING_SETTING, saveMappingText, type ChosenMapping } from "./columnMapping";
import { messageOf } from "./errors";
import type { Notify } from "./notices";
import { useSavedSetting } from "./useSavedSetting";
import {
  effectiveReferenceDate,
  loadReferenceDate,
  REFERENCE_DATE_SETTING,
  saveReferenceDateText,
} from "./referenceDate";
import {
  loadValueMapping,
  mergeValueMappings,
  saveValueMappingText,
  VALUE_MAPPING_SETTING,
} from "./valueMapping";

export interface DataSettings {
  columns: ChosenMapping | null;
  values: ValueMapping;
  /** The saved reference date; null means the default (latest 30 September). */
  savedReferenceDate: number | null;
  /** The reference date in use. */
  referenceDate: number;
}

export interface DataSettingsState {
  /** Null until the saved settings have been read. */
  settings: DataSettings | null;
  chooseColumns: (choice: ChosenMapping) => void;
  addValueMeanings: (added: ValueMapping) => void;
  clearValueMeanings: () => void;
  setReferenceDate: (serial: number) => void;
}

export function useDataSettings(host: WorkbookHost, notify: Notify): DataSettingsState {
  const columnsSetting = useSavedSetting(host, MAPPING_SETTING, loadMapping, {
    notify,
    consequence: "Columns without a saved choice are matched by their headers.",
  });
  const valuesSetting = useSavedSetting(host, VALUE_MAPPING_SETTING, loadValueMapping, {
    notify,
    consequence:
      "Only the values the add-in knows are recognised until you say what the others mean.",
  });
  const dateSetting = useSavedSetting(host, REFERENCE_DATE_SETTING, loadReferenceDate, {
    notify,
    consequence: "The latest 30 September is used instead.",
  });
  const columns = columnsSetting.value;
  const values = valuesSetting.value;
  const savedReferenceDate = dateSetting.value;
  const ready = [columnsSetting, valuesSetting, dateSetting].every((s) => s.status !== "loading");
  const { setValue: setColumns } = columnsSetting;
  const { setValue: setValues } = valuesSetting;
  const { setValue: setSavedReferenceDate } = dateSetting;
  // The latest meanings, so two quick additions both survive without a state updater's side effect.
  const valuesRef = useRef(values);
  useEffect(() => {
    valuesRef.current = values;
  }, [values]);
  const reportError = useCallback(
    (message: string) => notify({ intent: "error", text: message }),
    [notify],
  );

  const save = useCallback(
    (key: string, text: string) => {
      host.setSetting(key, text).catch((e: unknown) => reportError(messageOf(e)));
    },
    [host, reportError],
  );

  const chooseColumns = useCallback(
    (choice: ChosenMapping) => {
      setColumns(choice);
      save(MAPPING_SETTING, saveMappingText(choice));
    },
    [save, setColumns],
  );

  const addValueMeanings = useCallback(
    (added: ValueMapping) => {
      const next = mergeValueMappings(valuesRef.current, added);
      valuesRef.current = next;
      setValues(next);
      save(VALUE_MAPPING_SETTING, saveValueMappingText(next));
    },
    [save, setValues],
  );

  const clearValueMeanings = useCallback(() => {
    const next = emptyValueMapping();
    valuesRef.current = next;
    setValues(next);
    save(VALUE_MAPPING_SETTING, saveValueMappingText(next));
  }, [save, setValues]);

  const setReferenceDate = useCallback(
    (serial: number) => {
      setSavedReferenceDate(serial);
      save(REFERENCE_DATE_SETTING, saveReferenceDateText(serial));
    },
    [save, setSavedReferenceDate],
  );

  const settings = useMemo(
    () =>
      ready
        ? {
            columns,
            values,
            savedReferenceDate,
            referenceDate: effectiveReferenceDate(savedReferenceDate),
          }
        : null,
    [ready, columns, values, savedReferenceDate],
  );
  return { settings, chooseColumns, addValueMeanings, clearValueMeanings, setReferenceDate };
}
