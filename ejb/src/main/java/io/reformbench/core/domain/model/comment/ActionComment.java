package io.reformbench.core.domain.model.comment;

import io.reformbench.core.domain.model.action.RoadmapAction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A note a planner left on an action; it is never edited, only deleted by its author or an administrator. */
@Entity
@Table(name = "action_comment")
@NamedQuery(name = "ActionComment.findByAction",
        query = "SELECT c FROM ActionComment c WHERE c.action = :action ORDER BY c.createdAt, c.id")
public class ActionComment {

    /** Longest text, in characters: several paragraphs, well short of a document. */
    public static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id", nullable = false)
    private RoadmapAction action;

    @Column(name = "author", nullable = false, length = 100)
    private String author;

    /** When, in UTC. */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "comment_text", nullable = false, length = MAX_TEXT)
    private String text;

    protected ActionComment() {
        // for JPA
    }

    /** A comment on a saved action; the caller has checked the text (not blank, at most {@link #MAX_TEXT}). */
    public ActionComment(RoadmapAction action, String author, LocalDateTime createdAt, String text) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("A comment has 1 to " + MAX_TEXT + " characters.");
        }
        this.action = action;
        this.author = author;
        this.createdAt = createdAt;
        this.text = text;
    }

    public Long id() { return id; }

    public RoadmapAction action() { return action; }

    public String author() { return author; }

    public LocalDateTime createdAt() { return createdAt; }

    public String text() { return text; }
}
