/** One filter dimension as a group of checkboxes, each with the number of offers it would match. */
import { useTranslation } from 'react-i18next';

export interface FacetOption {
  value: string;
  label: string;
}

interface FacetFilterProps {
  legend: string;
  name: string;
  options: FacetOption[];
  selected: string[];
  counts: Record<string, number> | undefined;
  /** The counts are estimates (a very broad search): shown as "≈ n", read as "about n offers". */
  approximate?: boolean;
  onChange(next: string[]): void;
}

export function FacetFilter({ legend, name, options, selected, counts, approximate = false, onChange }: FacetFilterProps) {
  const { t } = useTranslation('offers');
  function toggle(value: string, checked: boolean) {
    onChange(checked ? [...selected, value] : selected.filter((item) => item !== value));
  }
  return (
    <fieldset className="fieldset facet">
      <legend>{legend}</legend>
      {options.map((option) => {
        const count = counts?.[option.value] ?? 0;
        return (
          <label key={option.value} className="choice facet__choice">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              checked={selected.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <span>{option.label}</span>
            {counts && (
              <span className="facet__count" aria-label={t(approximate ? 'facetCountApprox' : 'facetCount', { count })}>
                {approximate ? `≈ ${count}` : count}
              </span>
            )}
          </label>
        );
      })}
    </fieldset>
  );
}
