// What the signed-in user may change in the chart: the server decides and checks again; this only spares a refusal.

/** Whether the action's dates, fields and links may be edited: an editable chart, and the action in the user's areas. */
export function mayEditItem(workbench, item) {
  if (!workbench.editable || !item || item.archived) {
    return false;
  }
  const areas = workbench.editAreas || [];
  return areas.length === 0 || areas.includes(item.area);
}
