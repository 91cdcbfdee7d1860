/**
 * Groups the options of a select (an Inputs.select, or a plain <select>) under <optgroup> headings, in
 * place: option i, whose value is its index in the select's data as Inputs.select writes it, goes under
 * `groups[i]`. Consecutive options with the same group share one heading, so the data must already be in
 * group order (lib/explorer/controls.ts `outcomeOptions` gives both).
 *
 * @example
 * const input = Inputs.select(options.ids, {label: "Outcome"});
 * groupOptions(input, options.topics);
 */
export function groupOptions<T extends HTMLElement>(input: T, groups: readonly string[]): T {
  const select = input instanceof HTMLSelectElement ? input : input.querySelector("select");
  if (!select) throw new Error("groupOptions: no <select> in the input");
  const document = select.ownerDocument;
  let group: HTMLOptGroupElement | null = null;
  for (const option of Array.from(select.options)) {
    const name = groups[Number(option.value)];
    if (name === undefined) throw new Error(`groupOptions: no group for option ${option.value}`);
    if (group?.label !== name) {
      group = document.createElement("optgroup");
      group.label = name;
      select.append(group);
    }
    group.append(option);
  }
  return input;
}

/**
 * Removes option `index` (its value as Inputs.select writes it) from the select once another option is
 * chosen, with its heading when that empties it: a choice kept in a filtered list only because it was chosen.
 *
 * @example
 * dropOnceLeft(input, options.keptOnly);
 */
export function dropOnceLeft<T extends HTMLElement>(input: T, index: number | null): T {
  const select = input instanceof HTMLSelectElement ? input : input.querySelector("select");
  if (!select || index === null) return input;
  const option = Array.from(select.options).find((o) => o.value === String(index));
  select.addEventListener("input", () => {
    if (!option || option.selected || !option.parentNode) return;
    const group = option.parentElement;
    option.remove();
    if (group?.tagName === "OPTGROUP" && group.children.length === 0) group.remove();
  });
  return input;
}
