// Public documents the statute packs cite, named once. Notes describe what each one shows, in our
// words. Where a document was only partly read, the note says which part.
import type { Source } from "./schema.js";

// ── Texts of the codes ──────────────────────────────────────────────────────────────────────

export const VN_2015_OFFICIAL: Source = {
  title:
    "Bộ luật Hình sự số 100/2015/QH13, sửa đổi bởi Luật số 12/2017/QH14 — Vietnamese legal codification (Pháp điển), subject 'Hình sự', as mirrored in GitHub diepxuan/diepxuan.github.io, van-ban/hinh-su/hinh-su.md (commit 0232145947e9)",
  url: "https://github.com/diepxuan/diepxuan.github.io/blob/0232145947e90dcab0cb7f2918a852ab0de47d2e/van-ban/hinh-su/hinh-su.md",
  note: "Official Vietnamese article titles, chapter headings and sentencing brackets of the 2015 code as amended in 2017.",
};

export const VN_2015_ENGLISH: Source = {
  title:
    "Penal Code, consolidated text 01/VBHN-VPQH of 10 July 2017 (English translation), dazpro.com",
  url: "https://dazpro.com/law-100-2015-vietnam-on-penal-crime/",
  note: "Confirms Law 100/2015/QH13 as amended by Law 12/2017/QH14, in force 1 January 2018. English offence names in this catalogue are the renderings monitors and reporting use, not an official translation.",
};

export const VN_1999_ENGLISH: Source = {
  title:
    "The Penal Code of Vietnam (1999), No. 15/1999/QH10, English translation (WIPO Lex; Vietnam Human Rights Defenders mirror)",
  url: "https://wipo.int/wipolex/ru/legislation/details/5025",
};

export const VN_1999_CH_XI_EN: Source = {
  title:
    "Penal Code 1999, Chapter XI (crimes infringing upon national security), English text, boluathinhsu.com",
  url: "http://www.boluathinhsu.com/penal-code/chapter-xi-crimes-of-infringing-upon-national-security-2/",
  note: "Articles 78 (betraying the Fatherland), 79 (activities aimed at overthrowing the people's administration) and 80 (espionage) of the 1999 code.",
};

export const VN_1999_CH_XIII_VI: Source = {
  title:
    "Bộ luật Hình sự 1999, Chương XIII (các tội xâm phạm quyền tự do, dân chủ của công dân), vietjack.me",
  url: "https://vietjack.me/phap-luat/bo-luat-hinh-su-1999/chuong-xiii-1845.html",
  note: "Titles of 1999 articles 123 and 124.",
};

export const VN_1999_CH_XX_VI: Source = {
  title: "Bộ luật Hình sự 1999 (sửa đổi, bổ sung 2009), Chương XX, Wikisource",
  url: "http://vi.wikisource.org/wiki/B%E1%BB%99%5Flu%E1%BA%ADt%5FH%C3%ACnh%5Fs%E1%BB%B1%5FVi%E1%BB%87t%5FNam%5Fs%E1%BB%ADa%5F%C4%91%E1%BB%95i%2C%5Fb%E1%BB%95%5Fsung%5F2009/Ch%C6%B0%C6%A1ng%5FXX",
  note: "Full text of 1999 articles 257 and 258 (titles and sentencing brackets identical in substance to 2015 articles 330 and 331).",
};

export const VN_1999_ART_79_VI: Source = {
  title: "Điều 79 Bộ luật Hình sự 1999, hethongphapluat.vn",
  url: "http://hethongphapluat.vn/bo-luat-hinh-su-1999/dieu-79",
};

export const VN_1999_ART_90_VI: Source = {
  title: "Điều 90 Bộ luật Hình sự 1999 (Tội chống phá trại giam), hethongphapluat.vn",
  url: "http://hethongphapluat.vn/bo-luat-hinh-su-1999/dieu-90",
  note: "Same acts (breaking detention facilities, organising escapes, freeing detainees) and brackets as 2015 art. 119, which renames 'trại giam' to 'cơ sở giam giữ'; mapping by comparing the texts.",
};

// ── 1999 → 2015 correspondence ──────────────────────────────────────────────────────────────

export const HRW_2015_DRAFT_ANNEX: Source = {
  title:
    "Human Rights Watch, 'Vietnam: Widespread National Security Arrests', 19 November 2015 (annex comparing draft articles with the 1999 code; copy at khmerkromngo.org)",
  url: "https://www.hrw.org/news/2015/11/19/vietnam-widespread-national-security-arrests",
  note: "Lists draft article 108 (high treason) as 'originally article 78'; only that part of the annex was read.",
};

export const HOCLUAT_109: Source = {
  title: "hocluat.vn, 'Tội hoạt động nhằm lật đổ chính quyền nhân dân'",
  url: "https://hocluat.vn/toi-hoat-dong-nham-lat-do-chinh-quyen-nhan-dan",
  note: "Article 109 of the 2015 code corresponds to article 79 of the 1999 code.",
};

export const HOCLUAT_116: Source = {
  title: "hocluat.vn, 'Tội phá hoại chính sách đoàn kết tại Bộ luật hình sự 2015'",
  url: "https://hocluat.vn/toi-pha-hoai-chinh-sach-doan-ket/",
  note: "Article 116 of the 2015 code corresponds to article 87 of the 1999 code.",
};

export const HOCLUAT_118: Source = {
  title: "hocluat.vn, 'Tội phá rối an ninh'",
  url: "https://hocluat.vn/toi-pha-roi-an-ninh/",
  note: "Article 118 of the 2015 code corresponds to article 89 of the 1999 code.",
};

export const HOCLUAT_121: Source = {
  title:
    "hocluat.vn, 'Tội trốn đi nước ngoài hoặc trốn ở lại nước ngoài nhằm chống chính quyền nhân dân tại BLHS 2015'",
  url: "https://hocluat.vn/toi-tron-di-nuoc-ngoai-hoac-tron-o-lai-nuoc-ngoai-nham-chong-chinh-quyen-nhan-dan/",
};

export const CAQB_112: Source = {
  title: "Công an tỉnh Quảng Bình, '“Tội bạo loạn” quy định tại Điều 112 BLHS năm 2015'",
  url: "https://conganquangbinh.gov.vn/toi-bao-loan-quy-dinh-tai-dieu-112-blhs-nam-2015-sua-doi-bo-sung-nam-2017/",
  note: "Article 112 is built on 1999 article 82; the looting conduct of 1999 article 83 (banditry) was moved into it.",
};

export const CAQB_114: Source = {
  title:
    "Công an tỉnh Quảng Bình, '“Tội phá hoại cơ sở vật chất-kỹ thuật …” tại Điều 114 BLHS năm 2015'",
  url: "https://congan.quangbinh.gov.vn/toi-pha-hoai-co-so-vat-chat-ky-thuat-cua-nuoc-cong-hoa-xa-hoi-chu-nghia-viet-nam-tai-dieu-114-blhs-nam-2015/",
  note: "Article 114 keeps 1999 article 85 and adds a preparation bracket.",
};

export const CAQB_117: Source = {
  title:
    "Công an tỉnh Quảng Bình, 'Tìm hiểu điểm mới Điều 117 BLHS năm 2015 so với Điều 88 BLHS năm 1999'",
  url: "https://conganquangbinh.gov.vn/tim-hieu-diem-moi-dieu-117-blhs-nam-2015-so-voi-dieu-88-blhs-nam-1999/",
  note: "Article 117 renames and rewords 1999 article 88 ('Tội tuyên truyền chống Nhà nước CHXHCN Việt Nam').",
};

export const CAQB_120: Source = {
  title: "Công an tỉnh Quảng Bình, '“Điều 120 …” được tách ra từ Điều 91 BLHS năm 1999'",
  url: "https://congan.quangbinh.gov.vn/dieu-120-toi-to-chuc-cuong-ep-xui-giuc-nguoi-khac-tron-di-nuoc-ngoai-hoac-tron-o-lai-nuoc-ngoai-nham-chong-chinh-quyen-nhan-dan-duoc-tach-ra-tu-dieu-91-blhs-nam-1999/",
  note: "1999 article 91 was split: its clause on fleeing became article 121, its clause on organisers and instigators article 120.",
};

export const LUATDOANHGIA_331: Source = {
  title: "Luật Doanh Gia, 'Tội lợi dụng quyền tự do dân chủ Điều 331 Bộ luật Hình sự'",
  url: "http://luatdoanhgia.com/toi-loi-dung-quyen-tu-do-dan-chu-dieu-331-bo-luat-hinh-su.html",
  note: "Article 331 was article 258 until 1 January 2018; brackets unchanged.",
};

export const TERRORISM_84: Source = {
  title:
    "Nguyễn Đăng Hân, 'Tội khủng bố nhằm chống chính quyền nhân dân trong luật hình sự Việt Nam' (excerpt on 123docz.net)",
  url: "https://123docz.net/trich-doan/1213385-khai-niem-dau-hieu-phap-ly-cua-toi-khung-bo-nham-chong-chinh-quyen-nhan-dan-dieu-84-bo-luat-hinh-s.htm",
  note: "The 2009 amendment renamed 1999 article 84 'Tội khủng bố nhằm chống chính quyền nhân dân', the title 2015 article 113 carries; mapping by identical title.",
};

export const MOJ_119: Source = {
  title:
    "Bộ Tư pháp, 'Đề xuất sửa đổi tội Mua bán người và tội Mua bán trẻ em trong Bộ luật hình sự' (2013)",
  url: "https://moj.gov.vn/qt/tintuc/Pages/nghien-cuu-trao-doi.aspx?ItemID=1565",
  note: "The 2009 amendment renamed 1999 article 119 'Tội mua bán người' (trafficking in persons), the title of 2015 article 150.",
};

export const LUATMINHKHUE_163: Source = {
  title:
    "Luật Minh Khuê, 'Tội xâm phạm quyền hội họp, lập hội, quyền tự do tín ngưỡng, tôn giáo của công dân'",
  url: "https://luatminhkhue.vn/toi-xam-pham-quyen-hoi-hop-lap-hoi-quyen-tu-do-tin-nguong-ton-giao-cua-cong-dan.aspx",
  note: "Gives 1999 article 129 (assembly, association, belief and religion) as the earlier rule for 2015 article 163; 2015 article 164 covers the belief and religion part.",
};

export const NEW_167: Source = {
  title:
    "Vì Công Lý, 'Bình luận tội xâm phạm quyền tự do ngôn luận, tự do báo chí, tiếp cận thông tin, quyền biểu tình của công dân trong BLHS 2015'",
  url: "http://vicongly.com/xem/40674/binh-luan-toi-xam-pham-quyen-tu-ngon-luan-tu-bao-chi-tiep-can-thong-tin-quyen-bieu-tinh-cua-cong-dan-trong-blhs-2015.html",
  note: "Article 167 is a new offence of the 2015 code with no 1999 predecessor.",
};

export const VN_1999_ART_121: Source = {
  title: "Báo Bình Dương, 'Tội làm nhục người khác' (8 December 2011)",
  url: "http://baobinhduong.vn/newsdetails/1D3FE18713C/Toi_lam_nhuc_nguoi_khac.aspx",
  note: "Article 121 of the 1999 code: humiliating others; same title as 2015 article 155.",
};

export const VN_1999_ART_122: Source = {
  title: "luatsuhcm.com, 'Tội vu khống (Điều 122 Bộ luật hình sự)' (2014)",
  url: "http://luatsuhcm.com/nghien-cuu/Phap-Luat-Hinh-Su/Toi-vu-khong-Dieu-122-Bo-luat-hinh-su-77.html",
  note: "Article 122 of the 1999 code: slander; same title as 2015 article 156.",
};

export const VN_1999_ART_126: Source = {
  title: "Luật Minh Gia, 'Tội xâm phạm quyền bầu cử - quyền ứng cử của công dân'",
  url: "https://luatminhgia.com.vn/toi-xam-pham-quyen-bau-cu-quyen-ung-cu-cua-cong-dan.aspx",
  note: "Article 126 of the 1999 code and its brackets; 2015 article 160 keeps the acts and adds referendums.",
};

export const VN_1999_ART_129: Source = {
  title:
    "Thư Viện Pháp Luật, 'Tội xâm phạm quyền hội họp, lập hội, quyền tự do tín ngưỡng, tôn giáo của công dân'",
  url: "https://thuvienphapluat.vn/hoi-dap-phap-luat/1F99-hd-toi-xam-pham-quyen-hoi-hop-lap-hoi-quyen-tu-do-tin-nguong-ton-giao-cua-cong-dan.html",
};

export const VN_1999_ART_133: Source = {
  title: "luatviet.co, search page 'tội cướp tài sản' (Điều 133 Bộ luật Hình sự 1999)",
  url: "https://luatviet.co/s/tội+cướp+tài+sản.html",
};

export const VN_1999_ART_135: Source = {
  title:
    "luatsuhcm.vn, 'Điều luật ép buộc người khác để chiếm đoạt tài sản' (Điều 135, Tội cưỡng đoạt tài sản)",
  url: "http://www.luatsuhcm.vn/dieu-luat-ep-buoc-nguoi-khac-de-chiem-doat-tai-san/",
};

export const VN_1999_ART_139: Source = {
  title: "doisongso.net, 'Điều 139 tội lừa đảo chiếm đoạt tài sản' (2021)",
  url: "https://doisongso.net/dieu-139-toi-lua-dao-chiem-doat-tai-san-20210918",
  note: "Title of 1999 article 139; mapping to 2015 article 174 by identical title.",
};

export const VN_1999_ART_143: Source = {
  title: "hinhsu.luatviet.co, search page 'tội hủy hoại tài sản'",
  url: "http://hinhsu.luatviet.co/s/t%E1%BB%99i+h%E1%BB%A7y+ho%E1%BA%A1i+t%C3%A0i+s%E1%BA%A3n.html",
  note: "Article 178 of the 2015 code corresponds to article 143 of the 1999 code.",
};

export const VN_1999_ART_161: Source = {
  title: "dichvuluattoanquoc.com, 'Quy định về Tội trốn thuế theo pháp luật hình sự'",
  url: "http://dichvuluattoanquoc.com/toi-tron-thue",
  note: "Sets 1999 article 161 and 2015 article 200 (tax evasion) side by side.",
};

export const VN_1999_ART_226: Source = {
  title: "Luật Vĩnh An, 'Tội đưa hoặc sử dụng trái phép thông tin mạng máy tính, mạng viễn thông'",
  url: "https://luatvinhan.vn/toi-dua-hoac-su-dung-trai-phep-thong-tin-mang-may-tinh-mang-vien-thong/",
  note: "Article 288 of the 2015 code corresponds to article 226 of the 1999 code; the 1999 title is given as that page states it.",
};

export const VN_1999_ART_245: Source = {
  title: "Luật An Dân Việt, 'Bàn về tội gây rối trật tự công cộng'",
  url: "https://luatandanviet.vn/ban-ve-toi-gay-roi-trat-tu-cong-cong-theo-dieu-138-bo-luat-hinh-su",
  note: "Compares 1999 article 245 and 2015 article 318 (causing public disorder).",
};

// ── Rights judgements ───────────────────────────────────────────────────────────────────────

export const HRC_VNM_2019: Source = {
  title:
    "UN Human Rights Committee, Concluding observations on the third periodic report of Viet Nam, CCPR/C/VNM/CO/3, 29 August 2019",
  url: "https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=6QkG1d%2FPPRiCAqhKb7yhslrjZYHLHPYdqrup6FR%2FpxpoKD6CFGnGSaZiMZA5cstApQ4%2FLSGVGL6rHlXBfZYdGh1DO9LG7%2BM6pkcuSoJ7H38G4X1D4w%2B0PGGRuCuB0OLW",
  note: "Section on freedom of expression: the Committee's concern about vaguely worded criminal provisions (it names articles 109, 117 and 331 of the Criminal Code) used against peaceful critics. Paragraph numbers were not re-checked in this pass.",
};

export const EP_VIETNAM_RESOLUTION: Source = {
  title: "European Parliament resolution on Viet Nam, recital C (bilingual copy at wordscope.be)",
  url: "http://wordscope.be/anglais/francais/whereas+vietnam+persists+in+invoking+vaguely+worded.html",
  note: "Names 1999 articles 88, 79, 87 ('sowing divisions between religious and non-religious people') and 258 as vaguely worded national-security provisions under which prisoners of conscience were sentenced for the peaceful expression of dissenting opinions or beliefs.",
};

export const HRW_2016_REFORM: Source = {
  title:
    "Human Rights Watch, 'Vietnam: Reform Criminal Law to Respect Rights', 19 October 2016 (as reproduced by Defend the Defenders and Mémoires d'Indochine)",
  url: "https://indomemoires.hypotheses.org/23961",
  note: "Calls for reform to respect freedom of expression, association, assembly and religion and lists 1999 articles 79, 87, 88, 89 and 258 as provisions used to punish critics, activists and bloggers.",
};

export const AMNESTY_2020_LET_US_BREATHE: Source = {
  title:
    "Amnesty International, 'Let us breathe!' Censorship and criminalization of online expression in Viet Nam, ASA 41/3243/2020",
  url: "https://readkong.com/page/let-us-breathe-censorship-and-criminalization-of-online-3970009",
  note: "On the prosecution of online expression; only the opening was read in this pass.",
};

export const VCHR_2019_SUBMISSION: Source = {
  title:
    "Vietnam Committee on Human Rights, submission to the UN Human Rights Committee on CCPR/C/VNM/3, March 2019",
  url: "https://fdocuments.us/document/submission-to-the-united-nations-human-rights-committee-on-web-viewblogger.html",
  note: "Describes 'subversion' (article 109) sentences of up to 20 years imposed on bloggers, human rights defenders, journalists and pro-democracy activists.",
};

export const TRINH_PHAM_2014_258: Source = {
  title: "Trịnh Hữu Long and Phạm Đoan Trang, 'The danger that is Article 258' (May 2014)",
  url: "http://phamdoantrang.com/2014/05/the-danger-that-is-article-258-su-nguy.html",
  note: "Article 258 used against people said to have 'abused' freedom of speech or religion, e.g. Hòa Hảo Buddhists jailed in 2011 for leaflets on repression of their church.",
};

export const CN_WGAD_1997: Source = {
  title:
    "UN Working Group on Arbitrary Detention, report on its 1997 visit to China, E/CN.4/1998/44/Add.2, para. 45 (as quoted in Wikipedia, 'Inciting subversion of state power')",
  url: "http://en.wikipedia.org/wiki/Inciting_subversion_of_state_power",
  note: "Found article 105 broad and imprecise and liable to be used against the communication of thoughts or ideas.",
};

export const CN_105_TEXT: Source = {
  title: "PRC Criminal Law art. 105, translation by Robert Zhang and Steve Li, xsbhlawyers.net",
  url: "http://xsbhlawyers.net/References/Penal_Code_of_PRC/show-2488.html",
};

export const CN_1997_TEXT: Source = {
  title: "PRC Criminal Law (1997 revision), Part II, English translation, irp.fas.org",
  url: "https://irp.fas.org/world/china/docs/prc_cc_970314_2_1.htm",
};

export const CN_293_WIKI: Source = {
  title: "Wikipedia, 'Picking quarrels and provoking trouble'",
  url: "https://en.m.wikipedia.org/wiki/Picking_quarrels_and_provoking_trouble",
  note: "Article 293 of the 1997 Criminal Law; maximum five years; ill-defined and often used to detain human-rights and civil-rights activists and lawyers.",
};

export const CN_293_HKFP: Source = {
  title:
    "Hong Kong Free Press, 'How picking quarrels became Beijing's go-to weapon in anti-dissident lawfare', 22 December 2015",
  url: "https://www.hongkongfp.com/2015/12/22/how-picking-quarrels-became-beijings-go-to-weapon-in-anti-dissident-lawfare/",
  note: "Cases: Cao Shunli (taken before travelling to a human-rights meeting), Pu Zhiqiang (after attending a Tiananmen commemoration), Lin Dong (strike organiser).",
};

export const BY_HUMAN_CONSTANTA_2022: Source = {
  title:
    "Human Constanta, reviews of the fight against 'extremism' in Belarus, 2022 (January–March; July–September)",
  url: "https://humanconstanta.org/en/extremism-in-wartime-review-of-the-fight-against-extremism-in-belarus-for-january-march-2022/",
  note: "Article 130 used to punish criticism of the Russian military; professional chats declared 'extremist formations' (article 361-1).",
};

export const BY_HUMAN_CONSTANTA_2020: Source = {
  title:
    "Human Constanta, 'Review of the fight against “extremism” in Belarus for November-December 2020'",
  url: "https://humanconstanta.org/en/review-of-the-fight-against-extremism-in-belarus-for-november-december-2020/",
  note: "About 180 people prosecuted for 'mass riots' (article 293) after the 2020 protests.",
};

export const BY_VIASNA_2023_PROTEST_ARTICLES: Source = {
  title: "Viasna figures for 2023 'protest articles', reported by Media-Polesye, 16 January 2024",
  url: "https://media-polesye.com/?p=203464",
  note: "Convictions in 2023 under the so-called protest articles: 342 (actions grossly violating public order), 368 (insulting the president), 369 (insulting a representative of authority), 130 (incitement of enmity).",
};

export const BY_VIASNA_CASE_2022: Source = {
  title: "Viasna, 'Viasna case sent to court', 29 November 2022",
  url: "https://spring96.org/en/news/109989",
  note: "Bialiatski, Stefanovic and Labkovich charged with smuggling (art. 228 part 4) and financing group actions grossly violating public order (art. 342 part 2).",
};

export const BY_OBSERVATORY_2023: Source = {
  title:
    "Observatory for the Protection of Human Rights Defenders (FIDH–OMCT), urgent appeal, 3 March 2023",
  url: "https://observatoryfordefenders.org/alert/belarus-sentencing-of-viasna-members-ales-bialiatski-valiantsin-stefanovich-and-uladzimir-labkovich/",
  note: "Calls the article 228 and 342 charges against the Viasna defenders trumped-up.",
};

export const BY_ART_361_1_TEXT: Source = {
  title:
    "Belarus Criminal Code article titles as listed in a public guide (GitHub code search excerpt) and Human Constanta reviews",
  note: "Russian title of article 361-1.",
};

export const BY_ART_367_TEXT: Source = {
  title:
    "4-i-5.ru, 'Защита законом неприкосновенности, чести и достоинства Президента Республики Беларусь'",
  url: "http://4-i-5.ru/text-3/page-11-ref-82056.php",
  note: "Article 367: defamation of the President.",
};

// ── Cambodia, Criminal Code 2009 ────────────────────────────────────────────────────────────

export const KH_CODE_KHMER: Source = {
  title: "law2021.wordpress.com, 'ក្រមព្រហ្មទណ្ឌ — Criminal Code of Cambodia' (26 April 2022)",
  url: "https://law2021.wordpress.com/2022/04/26/%E1%9E%80%E1%9F%92%E1%9E%9A%E1%9E%98%E1%9E%96%E1%9F%92%E1%9E%9A%E1%9E%A0%E1%9F%92%E1%9E%98%E1%9E%91%E1%9E%8E%E1%9F%92%E1%9E%8C-criminal-code-of-cambodia/",
  note: "The code's Khmer name; promulgated by Royal Kram NS/RKM/1109/022 of 30 November 2009; amended by Royal Kram NS/RKM/0218/003 of 27 February 2018, which added article 437 (bis) on insulting the King.",
};

export const KH_CODE_ICJ: Source = {
  title:
    "International Commission of Jurists, South-East Asia security laws: Cambodia, 'Penal Code (2009)', with the English and Khmer texts",
  url: "https://www.icj.org/se-asia-security-law/penal-code-2009/",
  note: "The code has four parts and 703 articles; only the page's summary was read in this pass, not the full texts it links.",
};

export const KH_LICADHO_2010: Source = {
  title:
    "LICADHO, 'New Penal Code a Setback for Freedom of Expression Issues', statement of 9 December 2010",
  url: "http://www.licadho-cambodia.org/pressrelease.php?perm=233",
  note: "The code's substantive parts take effect on 10 December 2010; LICADHO names nine provisions that threaten expression, among them article 495 (incitement) and article 523 (criticising a judicial act or decision, up to six months and a fine of up to 1 million riels).",
};

export const KH_SEAPA_2010: Source = {
  title:
    "SEAPA alert, 'Nine laws in revised penal code pose threat to freedom of expression' (on LICADHO's December 2010 analysis)",
  url: "https://www.seapa.org/seapa-alert-nine-laws-in-revised-penal-code-pose-threat-to-cambodians-freedom-of-expression/",
  note: "LICADHO's list with penalties: 305 public defamation and 307 public insult (fines of 100,000 to 10 million riels); 311 slanderous denunciation (1 month to 1 year); 495 incitement (6 months to 2 years when it has no effect, 2 to 5 years when it does); 496 incitement to discrimination (1 to 3 years); 522 and 523 (1 to 6 months). Code in force from 10 December 2010.",
};

export const KH_CAMBODIA_DAILY_2010: Source = {
  title:
    "The Cambodia Daily, 'Licadho Criticizes Penal Code on Freedom of Expression Issues' (December 2010)",
  url: "https://english.cambodiadaily.com/news/licadho-criticizes-penal-code-on-freedom-of-expression-issues-108086/",
  note: "Article 522 makes publishing comments meant to influence a court a crime, article 523 criticising a judicial decision afterwards; both 1 to 6 months. It numbers 'Contempt' 502 where the SEAPA list has 501.",
};

export const KH_HRW_2010: Source = {
  title:
    "Human Rights Watch, 'Cambodia: New Penal Code Undercuts Free Speech', 23 December 2010 (as reproduced on a blog)",
  url: "http://rapidsharedownloadn.blogspot.com/2010/12/cambodia-new-penal-code-undercuts-free.html",
  note: "Seng Kunnaka, a World Food Programme employee, arrested on 18 December 2010 for incitement under article 495 for sharing a web article with co-workers, convicted the next day: six months and a 1 million riel fine. HRW asks for the provisions limiting peaceful political expression to be removed.",
};

export const KH_INCITEMENT_2010: Source = {
  title:
    "allforkhmers.blogspot.com, 'Criminal law restricts freedom of expression' (November 2010)",
  url: "http://allforkhmers.blogspot.com/2010/11/criminal-law-restricts-freedom-of.html",
  note: "Reports that articles 494 and 495 define incitement by words, writing, art or any other media in public, with 6 months to 2 years and 1 to 4 million riels, and the opposition's objection that the definition is vague.",
};

export const KH_ABA_KONG_RAIYA: Source = {
  title:
    "American Bar Association Center for Human Rights (TrialWatch), fair trial report on the case of Kong Raiya, Cambodia (2020)",
  url: "https://www.americanbar.org/groups/human_rights/reports/fair_trial_report_cambodia_kong_raiya/",
  note: "Conviction for 'incitement to disrupt social order' over Facebook posts selling T-shirts in memory of Kem Ley; the report finds it contravened his freedom of expression.",
};

export const KH_KHMER_TIMES_2020: Source = {
  title:
    "Khmer Times, 'Unjustified request: Ministry rejects US-based NGO's call to repeal law on incitement', 24 November 2020",
  url: "https://www.khmertimeskh.com/50785397/unjustified-request-ministry-rejects-us-based-ngos-call-to-repeal-law-on-incitement/",
  note: "Kong Raiya sentenced in June 2020 to two years for 'incitement to commit a felony' under articles 494, 495 and 88; the Clooney Foundation for Justice asks for article 495 to be repealed or reformed.",
};

export const KH_PPP_NY_NAK: Source = {
  title: "Phnom Penh Post, 'Capital court charges man over mocking PM Facebook post'",
  url: "https://phnompenhpost.com/national/capital-court-charges-man-over-mocking-pm-facebook-post",
  note: "A man charged with 'public insult' and 'incitement to discrimination' under articles 307, 494 and 496 over a joking Facebook post.",
};

export const KH_ICJ_LRWC_NY_CHAKRYA: Source = {
  title:
    "Lawyers' Rights Watch Canada and International Commission of Jurists, amicus brief in the appeal of Ny Chakrya, 16 February 2017",
  url: "http://www.lrwc.org/cambodia-lrwc-and-icj-submit-amicus-brief-in-appeal-of-human-rights-defender-ny-chakra/",
  note: "Ny Chakrya (ADHOC) convicted on 22 September 2016 of defamation (art. 305), malicious denunciation (art. 311) and publication of commentaries intended to unlawfully coerce judicial authorities (art. 522; the page's summary says 511, its body 522); the brief finds these provisions overly broad and applied to criminalise free expression.",
};

export const KH_LICADHO_2018_LESE_MAJESTE: Source = {
  title: "LICADHO, 'Cambodia's First Lèse Majesté Conviction', 5 October 2018",
  url: "https://mail.licadho-cambodia.org/flashnews.php?perm=261",
  note: "Ban Somphy sentenced by the Siem Reap court under article 437 bis (added in February 2018) to one year, five months suspended, for sharing a Facebook post.",
};

export const KH_IBA_2018_LESE_MAJESTE: Source = {
  title:
    "International Bar Association, 'Cambodia: first charges under controversial royal insult law' (2018)",
  url: "https://www.ibanet.org/article/42653764-6802-4C42-BDB1-290E29C383B2",
  note: "First two charged in May 2018 over Facebook posts; one to five years. Quotes the UN Special Rapporteur on Cambodia, Rhona Smith: the law is incompatible with international human rights law because it criminalises the legitimate exercise of free speech.",
};

export const KH_AKP_2018_LESE_MAJESTE: Source = {
  title: "AKP, as published by CNV, 'Insult King jailed 5 years', 2 February 2018",
  url: "http://cnv.org.kh/insult-king-jailed-5-years/",
  note: "Draft amendment approved by the Council of Ministers: one to five years and a fine of 2 to 10 million riels; legal entities up to 50 million riels.",
};

export const KH_PPP_2018_LESE_MAJESTE: Source = {
  title: "Phnom Penh Post, 'Lèse majesté law now in effect', 5 March 2018",
  url: "https://phnompenhpost.com/national-politics/lese-majeste-law-now-effect",
  note: "Signed by the acting head of state; the documents are dated 27 February 2018 and took effect at once; the offence covers the King alone, not the royal family.",
};

export const KH_PPP_2017_ARTICLE_443: Source = {
  title:
    "Phnom Penh Post, '“Red-handed treason”: Kem Sokha faces 30 years after being charged under Article 443' (September 2017)",
  url: "https://www.phnompenhpost.com/national/red-handed-treason-kem-sokha-faces-30-years-after-being-charged-under-article-443",
  note: "Kem Sokha charged under article 443 with conspiring with a foreign power; 15 to 30 years.",
};

export const KH_LICADHO_2023_KEM_SOKHA: Source = {
  title:
    "LICADHO, 'Kem Sokha Convicted on Treason and Conspiracy Charges, Sentenced to 27 Years in Prison', 3 March 2023",
  url: "https://mail.licadho-cambodia.org/articles/20230303/182/index.html",
  note: "Convicted of treason and conspiracy with a foreign power under articles 439 and 443; 27 years, served under house arrest; political rights removed under article 450.",
};

export const KH_HRW_2023_KEM_SOKHA: Source = {
  title:
    "Human Rights Watch, 'Cambodia: Opposition Leader Convicted on Bogus Charges', 3 March 2023 (summary at tolerance.ca)",
  url: "https://www.tolerance.ca/ArticleExt.aspx?ID=527643&L=en",
  note: "Calls the treason conviction politically motivated; only the summary was read.",
};

export const KH_PPP_2019_ARTICLE_453: Source = {
  title: "Phnom Penh Post, 'Officials backing Rainsy “coup attempt” face life in prison' (2019)",
  url: "https://phnompenhpost.com/national-politics/officials-backing-rainsy-coup-attempt-face-life-prison",
  note: "Ministry of Justice: taking part in a plot to topple the government is charged as 'plotting' under article 453 (5 to 10 years); the attack itself falls under articles 451 and 452 (15 to 30 years).",
};
