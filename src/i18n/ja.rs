//! Japanese. Plain, warm, never judging: many readers have been told for years that unstable
//! work was their own fault. Short sentences; kanji a general reader knows.

use std::borrow::Cow;
use std::borrow::Cow::{Borrowed as B, Owned as O};

use super::{Field, Msg};
use crate::ui::state::Screen;
use crate::answers::{wareki, Era, LinkKey, LinkNotice, Question, School, Work, YearError};
use crate::directory::GroupLabel;
use crate::rules::{Cohort, Side};

pub(super) fn text(msg: Msg) -> Cow<'static, str> {
    match msg {
        Msg::AppName => B("くまもと支援ナビ"),
        Msg::AppTagline => B("仕事と暮らしの相談先を、名前を出さずに探せます"),
        Msg::PrivacyShort => B("答えはこの端末の中だけで使います。送信も保存もしません。"),
        Msg::Disclaimer => B(
            "この案内は目安です。制度を使えるかどうかは、それぞれの窓口が最終的に判断します。",
        ),
        Msg::DocumentTitle(s) => O(format!("{} - くまもと支援ナビ", screen_name(s))),

        Msg::StartTitle => B("あなたに合う支援と相談先を探しましょう"),
        Msg::StartLead => B(
            "3つの質問に答えると、国や熊本県の支援のうち使えそうなものと、お住まいの地域の相談先がわかります。1分ほどで終わります。",
        ),
        Msg::StartPrivacy => B(
            "名前や連絡先はお聞きしません。答えはこの端末の中だけで使い、どこにも送らず、保存もしません。",
        ),
        Msg::StartFamily => B(
            "ご家族やお知り合いのために調べる方は、その方の状況で答えてください。ご家族からの相談を受け付けている窓口もあります。",
        ),
        Msg::StartButton => B("はじめる"),

        Msg::QuestionOf(n) => O(format!("質問 {n} / 3")),
        Msg::Back => B("戻る"),
        Msg::Continue => B("次へ"),
        Msg::ErrorSummaryTitle => B("入力内容をご確認ください"),
        Msg::ErrorPrefix => B("エラー："),

        Msg::SchoolingTitle => B("最後に通った学校と、その学校を離れた年を教えてください"),
        Msg::SchoolLegend => B("最後に通った学校"),
        Msg::SchoolHint => B("卒業していなくても大丈夫です。最後に通った学校を選んでください。"),
        Msg::School(s) => B(match s {
            School::JuniorHigh => "中学校",
            School::High => "高校",
            School::Vocational => "専門学校",
            School::JuniorCollege => "短大・高専",
            School::University => "大学",
            School::Graduate => "大学院",
        }),
        Msg::GradLabel => B("その学校を離れた年"),
        Msg::GradHint => B("西暦（例：1998）でも、和暦（例：平成10年）でも入力できます。"),
        Msg::WarekiOf(y) => match wareki(y) {
            Some((era, n)) => {
                // The first year of an era is also the last of the one before.
                let also = match (era, n) {
                    (Era::Heisei, 1) => "（昭和64年）",
                    (Era::Reiwa, 1) => "（平成31年）",
                    _ => "",
                };
                O(format!("{y}年は{}{}{also}です", era_name(era), era_year(n)))
            }
            None => O(format!("{y}年")),
        },
        Msg::YearWithWareki(y) => match wareki(y) {
            Some((era, n)) => O(format!("{y}年（{}{}）", era_name(era), era_year(n))),
            None => O(format!("{y}年")),
        },
        Msg::BornLabel => B("生まれた年（入力しなくてもかまいません）"),
        Msg::BornHint => B(
            "入力すると、年齢の条件をより正確に確かめられます。入力しない場合は、学校を離れた年からおおよその年齢を考えます。",
        ),
        Msg::SchoolMissing => B("最後に通った学校を選んでください"),
        Msg::GradError(e) => year_error("学校を離れた年", e),
        Msg::BornError(e) => year_error("生まれた年", e),

        Msg::WorkTitle => B("いまのお仕事の状況に、いちばん近いものを選んでください"),
        Msg::WorkHint => B("どれを選んでも大丈夫です。いくつかあてはまるときは、いちばん近いものを1つ選んでください。"),
        Msg::Work(w) => B(match w {
            Work::Regular => "正社員として働いている",
            Work::NonRegular => "正社員以外で働いている（パート・アルバイト・派遣・契約など）",
            Work::Seeking => "仕事を探している",
            Work::NotSeeking => "仕事をしておらず、いまは探していない",
            Work::Withdrawn => "外出や人との交流が難しい（ひきこもりの状態）",
        }),
        Msg::WorkMissing => B("いちばん近いものを1つ選んでください"),

        Msg::MuniTitle => B("お住まいの市町村を選んでください"),
        Msg::MuniFilterLabel => B("市町村名で絞り込む"),
        Msg::MuniFilterHint => B("漢字・ひらがな・カタカナで入力できます（例：やつしろ、球磨）。"),
        Msg::MuniMatchCount(n) => O(format!("{n}件の市町村があります")),
        Msg::MuniNoMatch => B("見つかりませんでした。別の書き方でお試しください（例：ひとよし）。"),
        Msg::MuniGroup(g) => match g {
            GroupLabel::Cities => B("市"),
            GroupLabel::Gun(name) => B(name),
        },
        Msg::MuniMissing => B("お住まいの市町村を選んでください"),

        Msg::CheckTitle => B("答えの確認"),
        Msg::CheckLead => B("この内容で結果を出します。直したいところは「変更」から直せます。"),
        Msg::CheckLabel(f) => B(field_label(f)),
        Msg::CheckBornEmpty => B("入力なし"),
        Msg::Change => B("変更"),
        Msg::ChangeWhat(f) => O(format!("（{}）", field_label(f))),
        Msg::SeeResult => B("結果を見る"),

        Msg::ResultTitle => B("あなたへのご案内"),
        Msg::ResultLead => B("答えてくださって、ありがとうございます。わかったことと、相談できるところをお知らせします。"),
        Msg::CohortHeading => B("就職氷河期世代について"),
        Msg::CohortHeadline(c) => B(match c {
            Cohort::Yes => "就職氷河期世代にあたります",
            Cohort::Near => "就職氷河期世代に近い時期です",
            Cohort::No => "就職氷河期世代の時期からは外れています",
        }),
        Msg::CohortReason(a) => {
            let (from, to, g) = (a.rule.core_from, a.rule.core_to, a.grad);
            let def = format!("国は、{from}年から{to}年ごろに就職活動をした方を「就職氷河期世代」としています。");
            O(match (a.verdict, a.side) {
                (Cohort::Yes, _) => format!("{def}{g}年に学校を離れたあなたは、この時期にあたります。"),
                (Cohort::Near, side) => format!(
                    "{def}{g}年は、その{}です。「ごろ」とあるとおり、はっきりした線引きではありません。",
                    if side == Side::Before { "少し前" } else { "少し後" }
                ),
                (Cohort::No, _) => format!("{def}{g}年は、この時期からは離れています。"),
            })
        }
        Msg::CohortNotYourFault => B(
            "この世代は、就職の時期が、たまたまバブル崩壊後の厳しい経済状況と重なりました。国も、多くの方が「個々人の意思等によらず」不安定な仕事や仕事のない状態になったとしています。相談することは、少しも恥ずかしいことではありません。",
        ),
        Msg::Widened(d) => O(format!(
            "{}から、国の支援は就職氷河期世代を含む「中高年層」に広がりました。ハローワークの専門窓口も「中高年層（旧：就職氷河期世代）」向けになっています。世代にあてはまるかどうかにかかわらず、相談できます。",
            date(d)
        )),
        Msg::NotYetWidened => B("世代にあてはまるかどうかにかかわらず、下の窓口で相談できます。"),
        Msg::AnyoneCanConsult => B("相談は無料です。うまく話せなくても、話を聞いてもらうだけでもかまいません。"),
        Msg::RulesAsOf(d) => O(format!("{}時点のルールで案内しています。", date(d))),
        Msg::PlacesHeading => B("相談できるところ"),
        Msg::PlacesLead => B("お住まいの地域を担当する窓口です。上から順に、はじめの一歩に向いているところを並べています。"),
        Msg::ChangeAnswers => B("答えを変える"),
        Msg::StartOver => B("はじめからやり直す"),

        Msg::OfficeYourArea => B("あなたの地域の担当"),
        Msg::OfficeOperator => B("運営"),
        Msg::OfficeEligibility => B("対象"),
        Msg::OfficeAddress => B("住所"),
        Msg::OfficePhone => B("電話"),
        Msg::OfficeHours => B("受付時間"),
        Msg::OfficeUrl => B("公式ページ"),
        Msg::OfficeNotice => B("お知らせ"),
        Msg::OfficeCheckOfficial => B("最新の連絡先は公式ページでご確認ください。"),
        Msg::OfficeNoContact => B(
            "住所と電話番号は、このナビではまだ確かめられていません。熊本労働局のページか、お住まいの市町村の窓口でお尋ねください。",
        ),
        Msg::OfficeNoContactSeeUrl => {
            B("住所と電話番号は、このナビではまだ確かめられていません。公式ページでご確認ください。")
        }
        Msg::OfficeAskLabourBureau => B("熊本労働局のページ"),
        Msg::SourceLine => B("情報のもと："),
        Msg::SourceDated(d) => O(format!("（{}の情報）", date(d))),
        Msg::SourceChecked(d) => O(format!("（{}に確認）", date(d))),
        Msg::ListSeparator => B("／"),
        Msg::DismissNotices => B("このお知らせを閉じる"),
        Msg::SelectedMuni(name) => O(format!("選んでいる市町村：{name}")),
        Msg::SeedWarning(y) => O(format!("{y}年の資料にもとづく情報を含みます。その後変わっているかもしれません。")),
        Msg::OpensNewTab => B("（別のタブで開きます）"),

        Msg::NoticeHeading => B("リンクの一部を読み取れませんでした"),
        Msg::LinkNotice(n) => O(match n {
            LinkNotice::Invalid(LinkKey::AsOf) => {
                "リンクの「基準日」を読み取れなかったので、今日の日付で案内します。".to_string()
            }
            LinkNotice::Invalid(LinkKey::Lang) => {
                "リンクの「表示言語」を読み取れなかったので、日本語で表示します。".to_string()
            }
            LinkNotice::Invalid(k) => format!(
                "リンクの「{}」を読み取れなかったので、その質問をあらためてお聞きします。",
                link_key_label(k)
            ),
            LinkNotice::BornInconsistent => {
                "リンクの「生まれた年」が学校を離れた年と合わなかったので、使いませんでした。".to_string()
            }
            LinkNotice::TooLong => {
                "リンクが長すぎるため、中身を使いませんでした。お手数ですが、質問にお答えください。".to_string()
            }
        }),

        Msg::Date(d) => O(date(d)),
    }
}

pub(super) fn link_key_label(k: LinkKey) -> &'static str {
    match k {
        LinkKey::Grad => "学校を離れた年",
        LinkKey::School => "最後に通った学校",
        LinkKey::Born => "生まれた年",
        LinkKey::Work => "いまのお仕事",
        LinkKey::Muni => "市町村",
        LinkKey::AsOf => "基準日",
        LinkKey::Lang => "表示言語",
    }
}

fn field_label(f: Field) -> &'static str {
    match f {
        Field::School => "最後に通った学校",
        Field::Grad => "学校を離れた年",
        Field::Born => "生まれた年",
        Field::Work => "いまのお仕事",
        Field::Muni => "お住まいの市町村",
    }
}

fn screen_name(s: Screen) -> &'static str {
    match s {
        Screen::Start => "はじめに",
        Screen::Question(Question::Schooling) => "質問1 学校を離れた年",
        Screen::Question(Question::Work) => "質問2 いまのお仕事",
        Screen::Question(Question::Municipality) => "質問3 お住まいの市町村",
        Screen::Check => "答えの確認",
        Screen::Result => "ご案内",
    }
}

fn year_error(what: &str, e: YearError) -> Cow<'static, str> {
    O(match e {
        YearError::Empty => format!("{what}を入力してください"),
        YearError::NotAYear => format!("{what}は「1998」や「平成10年」のように入力してください"),
        YearError::OutOfRange { min, max } => format!("{what}は{min}年から{max}年までで入力してください"),
        YearError::Inconsistent => "生まれた年と学校を離れた年の組み合わせをご確認ください".to_string(),
    })
}

fn era_name(e: Era) -> &'static str {
    match e {
        Era::Showa => "昭和",
        Era::Heisei => "平成",
        Era::Reiwa => "令和",
    }
}

fn era_year(n: u16) -> String {
    if n == 1 { "元年".to_string() } else { format!("{n}年") }
}

fn date(d: crate::date::Date) -> String {
    format!("{}年{}月{}日", d.y, d.m, d.d)
}
