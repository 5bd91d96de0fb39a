package io.reformbench.web.gantt;

import jakarta.faces.application.ResourceDependency;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;

/**
 * {@code <rb:gantt plan="…"/>}: the roadmap Gantt chart, fed by the REST API from its own script bundle, so a
 * page needs no script of its own (and a strict Content-Security-Policy stays possible).
 */
@FacesComponent(value = GanttComponent.TYPE, createTag = true, namespace = GanttComponent.NAMESPACE, tagName = "gantt")
@ResourceDependency(library = GanttComponent.LIBRARY, name = "dhtmlxgantt.css", target = "head")
@ResourceDependency(library = GanttComponent.LIBRARY, name = "gantt.css", target = "head")
@ResourceDependency(library = GanttComponent.LIBRARY, name = "gantt.js", target = "head")
public class GanttComponent extends UIComponentBase {

    public static final String TYPE = "io.reformbench.Gantt";
    public static final String FAMILY = "io.reformbench";
    public static final String NAMESPACE = "https://reformbench.io/faces";
    static final String LIBRARY = "rb-gantt";

    enum Key { plan, item, baseline, zoom, editable, editAreas, pollSeconds, styleClass }

    public GanttComponent() {
        setRendererType(GanttRenderer.TYPE);
    }

    @Override
    public String getFamily() {
        return FAMILY;
    }

    /** The plan's key; empty means the workbench's first plan. */
    public String getPlan() { return (String) getStateHelper().eval(Key.plan, ""); }

    public void setPlan(String plan) { getStateHelper().put(Key.plan, plan); }

    /** The action selected when the chart opens (a deep link), or null. */
    public Long getItem() { return (Long) getStateHelper().eval(Key.item); }

    public void setItem(Long item) { getStateHelper().put(Key.item, item); }

    /** The baseline drawn under the bars when the chart opens, or null for none. */
    public Long getBaseline() { return (Long) getStateHelper().eval(Key.baseline); }

    public void setBaseline(Long baseline) { getStateHelper().put(Key.baseline, baseline); }

    /** The first zoom level: week, month, quarter, year or years; the planner's own choice wins later. */
    public String getZoom() { return (String) getStateHelper().eval(Key.zoom, "year"); }

    public void setZoom(String zoom) { getStateHelper().put(Key.zoom, zoom); }

    public boolean isEditable() { return (Boolean) getStateHelper().eval(Key.editable, Boolean.TRUE); }

    public void setEditable(boolean editable) { getStateHelper().put(Key.editable, editable); }

    /** The area keys whose actions may be edited, comma separated; empty for every area. */
    public String getEditAreas() { return (String) getStateHelper().eval(Key.editAreas, ""); }

    public void setEditAreas(String areas) { getStateHelper().put(Key.editAreas, areas); }

    /** How often the chart asks whether others changed the plan; 0 turns it off. */
    public int getPollSeconds() { return (Integer) getStateHelper().eval(Key.pollSeconds, 5); }

    public void setPollSeconds(int seconds) { getStateHelper().put(Key.pollSeconds, seconds); }

    public String getStyleClass() { return (String) getStateHelper().eval(Key.styleClass, ""); }

    public void setStyleClass(String styleClass) { getStateHelper().put(Key.styleClass, styleClass); }
}
