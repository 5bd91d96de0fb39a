package io.reformbench.web.gantt;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.FacesRenderer;
import jakarta.faces.render.Renderer;
import java.io.IOException;
import java.util.Locale;

/** Writes the chart's host element: its settings and translated labels as data attributes, no script. */
@FacesRenderer(componentFamily = GanttComponent.FAMILY, rendererType = GanttRenderer.TYPE)
public class GanttRenderer extends Renderer<GanttComponent> {

    public static final String TYPE = "io.reformbench.GanttRenderer";

    @Override
    public void encodeEnd(FacesContext context, GanttComponent gantt) throws IOException {
        ResponseWriter out = context.getResponseWriter();
        Locale locale = context.getViewRoot().getLocale();
        out.startElement("div", gantt);
        out.writeAttribute("id", gantt.getClientId(context), "id");
        out.writeAttribute("class", ("rb-gantt " + gantt.getStyleClass()).strip(), "styleClass");
        out.writeAttribute("data-rb-gantt", "", null);
        out.writeAttribute("data-api", context.getExternalContext().getRequestContextPath() + "/api", null);
        out.writeAttribute("data-plan", gantt.getPlan() == null ? "" : gantt.getPlan(), "plan");
        if (gantt.getItem() != null) {
            out.writeAttribute("data-item", gantt.getItem().toString(), "item");
        }
        if (gantt.getBaseline() != null) {
            out.writeAttribute("data-baseline", gantt.getBaseline().toString(), "baseline");
        }
        out.writeAttribute("data-language", locale.getLanguage(), null);
        out.writeAttribute("data-zoom", gantt.getZoom(), "zoom");
        out.writeAttribute("data-editable", String.valueOf(gantt.isEditable()), "editable");
        out.writeAttribute("data-edit-areas", gantt.getEditAreas(), "editAreas");
        out.writeAttribute("data-poll", String.valueOf(Math.max(0, gantt.getPollSeconds()) * 1000), "pollSeconds");
        out.writeAttribute("data-labels", GanttLabels.json(locale), null);
        part(out, gantt, "rb-gantt-toolbar", "toolbar");
        part(out, gantt, "rb-gantt-chart", null);
        part(out, gantt, "rb-gantt-status", "status");
        out.endElement("div");
    }

    private static void part(ResponseWriter out, UIComponent gantt, String styleClass, String role) throws IOException {
        out.startElement("div", gantt);
        out.writeAttribute("class", styleClass, null);
        if (role != null) {
            out.writeAttribute("role", role, null);
        }
        out.endElement("div");
    }
}
