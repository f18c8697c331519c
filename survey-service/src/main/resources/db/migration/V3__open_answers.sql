-- Open answers, still sealed under each response's own key (the vault opens them on reading; erasing the key makes
-- the text unreadable here and in every copy of the event). No class label: open text is shown for the school only.
create table survey_open_answer (
    response_id uuid not null,
    round_id uuid not null,
    question_id text not null,
    subject text not null,
    ciphertext text not null,
    primary key (response_id, question_id)
);
create index survey_open_answer_round on survey_open_answer (round_id);
