package io.reformbench.web.rest;

import io.reformbench.core.domain.model.action.TimeFrame;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A time frame with its kind, years and its text in both languages. */
@JsonbPropertyOrder({"kind", "from", "to", "text"})
public record TimeFrameDto(String kind, Integer from, Integer to, TextDto text) {

    static TimeFrameDto of(TimeFrame frame) {
        return new TimeFrameDto(frame.kind().name(), frame.from(), frame.to(),
                new TextDto(frame.chineseText(), frame.englishText()));
    }
}
