package io.reformbench.core.domain.model.action;

import io.reformbench.core.domain.model.area.ReformArea;
import io.reformbench.core.domain.model.area.SubArea;
import io.reformbench.core.domain.model.plan.Plan;
import io.reformbench.core.domain.model.shared.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** One numbered action of a roadmap, the unit planners schedule, link and report on. */
@Entity
@Table(name = "roadmap_action")
public class RoadmapAction {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private Plan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id", nullable = false)
    private ReformArea area;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sub_area_id")
    private SubArea subArea;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private RoadmapAction parent;

    @Column(name = "action_number", nullable = false, length = 20)
    private String number;

    @Column(name = "sort_key", nullable = false, length = 20)
    private String sortKey;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zh", column = @Column(name = "title_zh", length = 2000)),
        @AttributeOverride(name = "en", column = @Column(name = "title_en", length = 2000))
    })
    private LocalizedText title;

    @Embedded
    private TimeFrame timeFrame;

    @Embedded
    private ActionSchedule schedule;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ActionStatus status = ActionStatus.NOT_STARTED;

    @Column(name = "progress", nullable = false)
    private int progress;

    @Column(name = "responsible", length = 200)
    private String responsible;

    @Column(name = "changed_by", length = 100)
    private String changedBy;

    @Column(name = "changed_at")
    private LocalDateTime changedAt;

    @Column(name = "archived", nullable = false)
    private boolean archived;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RoadmapAction() {
        // for JPA
    }

    public RoadmapAction(Plan plan, ReformArea area, String number, LocalizedText title, TimeFrame timeFrame) {
        this.plan = plan;
        this.area = area;
        this.number = ActionNumber.check(number);
        this.sortKey = ActionNumber.sortKey(number);
        this.title = title;
        this.timeFrame = timeFrame;
        this.schedule = new ActionSchedule(null, null, null, null);
    }

    public Long id() { return id; }

    public Plan plan() { return plan; }

    public ReformArea area() { return area; }

    public SubArea subArea() { return subArea; }

    public RoadmapAction parent() { return parent; }

    public String number() { return number; }

    public LocalizedText title() { return title; }

    public TimeFrame timeFrame() { return timeFrame == null ? TimeFrame.none() : timeFrame; }

    public ActionSchedule schedule() { return schedule == null ? new ActionSchedule(null, null, null, null) : schedule; }

    public ActionStatus status() { return status; }

    public int progress() { return progress; }

    public String responsible() { return responsible; }

    public String changedBy() { return changedBy; }

    public LocalDateTime changedAt() { return changedAt; }

    public long version() { return version; }

    public boolean archived() { return archived; }

    /** Archived actions belong to an area whose plugin was removed: visible, read-only, restorable. */
    public void archive(boolean archive) { this.archived = archive; }

    /** Places the action in an area (and optionally one of its sub-areas); the sub-area must belong to the area. */
    public void placeIn(ReformArea newArea, SubArea newSubArea) {
        if (newSubArea != null && !newSubArea.area().equals(newArea)) {
            throw new InvalidActionException("subArea",
                    "The sub-area '" + newSubArea.key() + "' is not part of the area '" + newArea.key() + "'.");
        }
        this.area = newArea;
        this.subArea = newSubArea;
    }

    public void makeSubActionOf(RoadmapAction newParent) {
        this.parent = newParent;
    }

    public void retitle(LocalizedText newTitle) { this.title = newTitle; }

    public void reframe(TimeFrame newTimeFrame) { this.timeFrame = newTimeFrame; }

    public void reschedule(ActionSchedule newSchedule) { this.schedule = newSchedule; }

    public void assignTo(String unit) { this.responsible = unit == null || unit.isBlank() ? null : unit.strip(); }

    /** Records status and progress together, since a completed action is always fully done. */
    public void report(ActionStatus newStatus, int newProgress) {
        if (newProgress < 0 || newProgress > 100) {
            throw new InvalidActionException("progress", "Progress is a percentage from 0 to 100, not " + newProgress + ".");
        }
        this.status = newStatus;
        this.progress = newStatus == ActionStatus.COMPLETED ? 100 : newProgress;
    }

    /** Stamps who made the change now being saved, so a planner whose save loses can be told. */
    public void touch(String user, LocalDateTime at) {
        this.changedBy = user;
        this.changedAt = at;
    }
}
