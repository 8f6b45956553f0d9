import { describe, it } from "vitest";
import { atLeast } from "./test-support";

// The same passages annotated again "by the letter of the issue" (fixtures/LETTER.md): analysts given only the issue's
// definitions and its worked example, each on their own, before the extractor ran on the blind passages. Their figures
// differ from the development sets' own stricter annotations (they record breakdowns, restatements and single-day
// crossings), and two of them agree with each other far better (0.88–1.0) than either agrees with those (0.71–0.75).
// The extractor reads each passage with its headline, as `npm run extract` reads a report file.
describe("read by the letter of the issue", () => {
  // development: the rules read by the letter were written with these in hand (fixtures/LETTER.md), so they say only that
  // nothing went back; floors a little under what was measured when they were set (precision, recall, qualifiers)
  it.each([
    ["letter-dev-5-6.a.json", 0.97, 0.88, 0.95], // 0.989, 0.897, 0.966
    ["letter-dev-5-6.b.json", 0.95, 0.88, 0.94], // 0.966, 0.895, 0.953
    ["letter-dev-4.a.json", 0.95, 0.79, 0.9], // 0.964, 0.818, 0.914; 0.976, 0.838, 0.916 after the seventh and eighth sets' rules; 0.808 recall once breakdowns by age, sex or trade were left out, which this annotator records
    ["letter-dev-3.a.json", 0.93, 0.93, 0.98], // 0.940, 0.952, 1.0
    ["letter-dev-2.a.json", 0.95, 0.89, 0.97], // 0.960, 0.886, 0.985; 0.966, 0.904, 0.985 after the seventh and eighth sets' rules
    ["letter-held.a.json", 0.97, 0.89, 0.92], // 0.981, 0.963, 0.942; 1.0 precision after the seventh and eighth sets' rules; 0.907 recall once breakdowns by age and changes were left out, which this annotator records
    ["letter-fresh.a.json", 0.94, 0.9, 0.98], // 0.956, 0.852, 1.0; 0.959, 0.917, 0.995 after the seventh and eighth sets' rules
    // the seventh: first looked at with the rules before it (0.837 (36/43), 0.679 (36/53), 0.972), then written from
    ["letter-dev-7.a.json", 0.94, 0.92, 0.96], // 0.943 (50/53), 0.943 (50/53), 0.980; then 0.962 (50/52) with the eighth set's rules
    // the eighth: first looked at with the rules of the seventh (0.882/0.815 and 0.906/0.819 against its two annotators, the
    // same as with the rules before this round), then written from
    ["letter-dev-8.a.json", 0.93, 0.97, 0.95], // 0.948 (91/96), 0.989 (91/92), 0.989; 0.967 qualifiers once "surpassed", "topped" and "passed" read as more than, which this annotator alone reads as over
    ["letter-dev-8.b.json", 0.94, 0.96, 0.94], // 0.958 (92/96), 0.979 (92/94), 0.957
    // the ninth (28 passages): first looked at with the eighth set's rules (0.753/0.815 and 0.747/0.819; the rules before this
    // session 0.762/0.796 and 0.756/0.800), then written from
    ["letter-dev-9.a.json", 0.82, 0.9, 0.94], // 0.842 (144/171), 0.917 (144/157), 0.965
    ["letter-dev-9.b.json", 0.82, 0.9, 0.94], // 0.836 (143/171), 0.923 (143/155), 0.965
    // the tenth (42 passages): first looked at with the ninth set's rules (0.720/0.854 and 0.872/0.828; the rules before this
    // session 0.717/0.805 and 0.857/0.770), then written from
    ["letter-dev-10.a.json", 0.75, 0.95, 0.94], // 0.777 (195/251), 0.951 (195/205), 0.969; 0.771, 0.971, 0.960 after the eleventh set's rules
    ["letter-dev-10.b.json", 0.91, 0.9, 0.93], // 0.932 (234/251), 0.914 (234/256), 0.944; 0.934, 0.941 after the eleventh set's rules; 0.914 recall once breakdowns by trade were left out, which this annotator alone records
    // the eleventh (27 passages): first looked at with the tenth set's rules (0.825/0.785 and 0.847/0.795; the rules before
    // this session 0.815/0.764 and 0.837/0.774), then written from
    ["letter-dev-11.a.json", 0.82, 0.83, 0.92], // 0.841 (122/145), 0.847 (122/144), 0.934
    ["letter-dev-11.b.json", 0.84, 0.84, 0.92], // 0.862 (125/145), 0.856 (125/146), 0.936
    // the twelfth (42 passages): first looked at with the eleventh set's rules (0.718/0.807 and 0.762/0.832; the rules before
    // this session 0.741/0.752 and 0.756/0.745), then written from
    ["letter-dev-12.a.json", 0.74, 0.83, 0.95], // 0.760 (171/225), 0.847 (171/202), 0.971
    ["letter-dev-12.b.json", 0.78, 0.85, 0.95], // 0.804 (181/225), 0.870 (181/208), 0.967
    // the thirteenth (26 passages): first looked at with the twelfth set's rules (0.854/0.910 and 0.854/0.902; the rules before
    // this session 0.857/0.885 and 0.857/0.878), then written from
    ["letter-dev-13.a.json", 0.86, 0.91, 0.94], // 0.884 (114/129), 0.934 (114/122), 0.965
    ["letter-dev-13.b.json", 0.86, 0.9, 0.93], // 0.884 (114/129), 0.927 (114/123), 0.956
    // the fourteenth (27 passages): first looked at with the rules before this session (dc512cc: 0.802/0.861 and 0.824/0.850)
    // and with this session's first rules (0.795/0.861 and 0.818/0.850), then written from
    ["letter-dev-14.a.json", 0.85, 0.93, 0.97], // 0.864 (114/132), 0.934 (114/122), 1.0; 0.873 (117/134), 0.959 after the later rounds
    ["letter-dev-14.b.json", 0.88, 0.93, 0.97], // 0.894 (118/132), 0.929 (118/127), 1.0; 0.903 (121/134), 0.953 after the later rounds
    // the fifteenth (28 passages): first looked at with the rules before this session (0.722/0.747 and 0.748/0.801) and with
    // the fourteenth set's rules (0.800/0.767 and 0.829/0.823), then written from
    ["letter-dev-15.a.json", 0.86, 0.84, 0.94], // 0.887 (126/142), 0.863 (126/146), 0.968
    ["letter-dev-15.b.json", 0.88, 0.89, 0.92], // 0.908 (129/142), 0.915 (129/141), 0.946
    // the sixteenth (27 passages): first looked at with the rules before this session (0.833/0.787 and 0.725/0.777) and with
    // the fifteenth set's rules and a review's mending (0.843/0.803 and 0.736/0.795), then written from
    ["letter-dev-16.a.json", 0.86, 0.89, 0.93], // 0.883 (113/128), 0.890 (113/127), 0.956; 0.899 (116/129), 0.913 after the seventeenth set's rules
    ["letter-dev-16.b.json", 0.77, 0.89, 0.93], // 0.781 (100/128), 0.893 (100/112), 0.950; 0.798 (103/129), 0.920 after the seventeenth set's rules
    // the seventeenth (25 passages): first looked at with the rules before this session (0.773/0.750 and 0.781/0.775) and with
    // the sixteenth set's rules (0.808/0.765 and 0.800/0.775), then written from
    ["letter-dev-17.a.json", 0.83, 0.81, 0.92], // 0.853 (110/129), 0.833 (110/132), 0.945
    ["letter-dev-17.b.json", 0.82, 0.82, 0.92], // 0.845 (109/129), 0.845 (109/129), 0.945
    // the eighteenth (25 passages): first looked at with the rules before this session (0.840/0.885 and 0.832/0.853) and with
    // the seventeenth set's rules (0.858/0.912 and 0.842/0.871), then written from
    ["letter-dev-18.a.json", 0.88, 0.93, 0.96], // 0.908 (108/119), 0.956 (108/113), 0.991
    ["letter-dev-18.b.json", 0.87, 0.89, 0.96], // 0.891 (106/119), 0.914 (106/116), 0.991
    // the nineteenth (28 passages, regional papers, broadcasters and UN and NGO pages; its annotators agree at only 0.88/0.90):
    // first looked at with the rules before this session (0.580/0.699 and 0.554/0.681) and with the eighteenth set's rules and
    // a second review's mending (0.551/0.699 and 0.525/0.681), then read in part
    ["letter-dev-19.a.json", 0.56, 0.71, 0.92], // 0.586 (68/116), 0.731 (68/93), 0.941
    ["letter-dev-19.b.json", 0.54, 0.69, 0.93], // 0.560 (65/116), 0.714 (65/91), 0.954
    // the twentieth (25 passages; one annotator records breakdowns, the other does not): first looked at with the rules before
    // this session (0.921/0.835 and 0.817/0.798) and with the nineteenth set's rules (0.906/0.763 and 0.872/0.791), then written from
    ["letter-dev-20.a.json", 0.9, 0.76, 0.93], // 0.932 (109/117), 0.784 (109/139), 0.954
    ["letter-dev-20.b.json", 0.87, 0.79, 0.95], // 0.897 (105/117), 0.814 (105/129), 0.971
    // the twenty-first (28 passages; one annotator records far fewer figures than the other, 116 against 145): first looked at
    // with the rules before this session (0.632/0.828 and 0.770/0.807) and after a third review's mending (0.651/0.836 and
    // 0.792/0.814), then read
    ["letter-dev-21.a.json", 0.64, 0.83, 0.95], // 0.664 (99/149), 0.853 (99/116), 0.970
    ["letter-dev-21.b.json", 0.78, 0.8, 0.95], // 0.805 (120/149), 0.828 (120/145), 0.975
    // the twenty-second to thirty-first (26, 21, 20, 19, 21, 20, 19, 18, 20 and 19 passages): no rule was written from them; they
    // train the tagger (tagger.ts), so these floors say only that its fit did not go back. The rules alone score (b598d46):
    // 22 0.795/0.767 and 0.830/0.750; 23 0.738/0.713 and 0.738/0.681; 24 0.795/0.825 and 0.783/0.813; 25 0.836/0.762 and
    // 0.849/0.775; 26 0.908/0.802 and 0.888/0.806; 27 0.694/0.816 and 0.636/0.802; 28 0.888/0.922 both; 29 0.915/0.765 and
    // 0.915/0.758; 30 0.803/0.814 and 0.803/0.803; 31 0.813/0.860 both
    ["letter-dev-22.a.json", 0.85, 0.85, 0.93], // 0.871 (101/116), 0.871 (101/116), 0.950
    ["letter-dev-22.b.json", 0.9, 0.84, 0.91], // 0.922 (107/116), 0.863 (107/124), 0.935
    ["letter-dev-23.a.json", 0.91, 0.8, 0.95], // 0.935 (72/77), 0.828 (72/87), 0.972
    ["letter-dev-23.b.json", 0.94, 0.79, 0.93], // 0.961 (74/77), 0.813 (74/91), 0.959
    ["letter-dev-24.a.json", 0.91, 0.88, 0.98], // 0.935 (72/77), 0.900 (72/80), 1.0
    ["letter-dev-24.b.json", 0.9, 0.86, 0.96], // 0.922 (71/77), 0.887 (71/80), 0.986
    ["letter-dev-25.a.json", 0.91, 0.81, 0.93], // 0.931 (67/72), 0.838 (67/80), 0.955
    ["letter-dev-25.b.json", 0.92, 0.83, 0.93], // 0.944 (68/72), 0.850 (68/80), 0.956
    ["letter-dev-26.a.json", 0.93, 0.82, 0.9], // 0.959 (94/98), 0.847 (94/111), 0.926
    ["letter-dev-26.b.json", 0.91, 0.83, 0.89], // 0.939 (92/98), 0.852 (92/108), 0.913
    ["letter-dev-27.a.json", 0.92, 0.84, 0.92], // 0.947 (89/94), 0.864 (89/103), 0.944
    ["letter-dev-27.b.json", 0.85, 0.83, 0.94], // 0.872 (82/94), 0.854 (82/96), 0.963
    ["letter-dev-28.a.json", 0.93, 0.89, 0.95], // 0.959 (94/98), 0.913 (94/103), 0.979
    ["letter-dev-28.b.json", 0.93, 0.89, 0.96], // 0.959 (94/98), 0.913 (94/103), 0.989
    ["letter-dev-29.a.json", 0.95, 0.84, 0.96], // 0.977 (85/87), 0.867 (85/98), 0.988
    ["letter-dev-29.b.json", 0.95, 0.83, 0.96], // 0.977 (85/87), 0.859 (85/99), 0.988
    ["letter-dev-30.a.json", 0.9, 0.83, 0.96], // 0.923 (60/65), 0.857 (60/70), 0.983
    ["letter-dev-30.b.json", 0.91, 0.83, 0.96], // 0.938 (61/65), 0.859 (61/71), 0.984
    ["letter-dev-31.a.json", 0.96, 0.87, 0.91], // 0.987 (77/78), 0.895 (77/86), 0.935
    ["letter-dev-31.b.json", 0.96, 0.87, 0.92], // 0.987 (77/78), 0.895 (77/86), 0.948
    // the thirty-second and thirty-third (14 passages each), split at random from one pool with the nineteenth blind set; a few
    // rules were then written from them, and they train the tagger, so these floors too measure fit:
    ["letter-dev-32.a.json", 0.91, 0.85, 0.95], // 0.935 (58/62), 0.879 (58/66), 0.983
    ["letter-dev-32.b.json", 0.91, 0.84, 0.94], // 0.935 (58/62), 0.866 (58/67), 0.966
    ["letter-dev-33.a.json", 0.92, 0.9, 0.97], // 0.949 (56/59), 0.933 (56/60), 1.0
    ["letter-dev-33.b.json", 0.92, 0.9, 0.97], // 0.949 (56/59), 0.933 (56/60), 1.0
    // the thirty-fourth and thirty-fifth (14 each), split at random from one pool with the twentieth blind set; a few rules
    // were then written from them, and they train the tagger:
    ["letter-dev-34.a.json", 0.91, 0.87, 0.97], // 0.939 (46/49), 0.902 (46/51), 1.0
    ["letter-dev-34.b.json", 0.91, 0.89, 0.91], // 0.939 (46/49), 0.920 (46/50), 0.935
    ["letter-dev-35.a.json", 0.91, 0.85, 0.94], // 0.942 (65/69), 0.878 (65/74), 0.969
    ["letter-dev-35.b.json", 0.93, 0.86, 0.93], // 0.957 (66/69), 0.892 (66/74), 0.955
    // the thirty-sixth and thirty-seventh (21 each), all for development: displacement reports, attacks, daily flows
    ["letter-dev-36.a.json", 0.83, 0.81, 0.95], // 0.860 (98/114), 0.838 (98/117), 0.980
    ["letter-dev-36.b.json", 0.86, 0.81, 0.95], // 0.886 (101/114), 0.835 (101/121), 0.980
    ["letter-dev-37.a.json", 0.92, 0.86, 0.96], // 0.953 (102/107), 0.887 (102/115), 0.990; 0.964 (106/110), 0.922 after a few rules from it
    ["letter-dev-37.b.json", 0.91, 0.87, 0.96], // 0.944 (101/107), 0.894 (101/113), 0.990; 0.955 (105/110), 0.929 after
  ] as const)("%s: at least what was measured when the floor was set", atLeast);

  // BLIND (fixtures/BLIND.md): never read while rules were written; only these totals were printed. The first two sets
  // were annotated by the letter after the project's own annotations; the third and fourth were gathered, annotated twice
  // by the letter and committed before the extractor ever ran on them. With the rules before reading by the letter
  // (8d0e4b3) the first two scored 0.89/0.77 and 0.83/0.80 (precision/recall) against the two annotators, the third 0.75/0.58
  it.each([
    ["letter-blind.a.json", 0.87, 0.86, 0.95], // 0.887, 0.879, 0.971
    ["letter-blind.b.json", 0.78, 0.87, 0.95], // 0.800, 0.885, 0.967
    // (the third set's two annotators record breakdowns by age, sex and trade, which the annotators of every set since leave
    // out, and so does the extractor since the fourteenth round: 0.694 (43/62), 0.642 (43/67) and 0.694, 0.623 (43/69))
    ["letter-blind-3.a.json", 0.67, 0.62, 0.95], // 0.697, 0.687, 0.978; 0.708 (46/65) after a total of the killed and wounded was left out in both readings; 0.719 (46/64) after the review's fixes
    ["letter-blind-3.b.json", 0.67, 0.6, 0.95], // 0.697, 0.667, 0.978; then 0.708, 0.719
    // the fourth: news and agency reports of 2011–2020, gathered, annotated twice and committed (faead87) before the
    // extractor ran on it; 0.897/0.732 and 0.914/0.736 with the rules of 8d0e4b3
    // re-measured (totals only) after the seventh and eighth development sets' rules: 0.879 (58/66), 0.817 (58/71) and 0.894, 0.819
    ["letter-blind-4.a.json", 0.85, 0.83, 0.94], // 0.885 (54/61), 0.761 (54/71), 0.963; after the eleventh set's rules 0.870 (60/69), 0.845
    ["letter-blind-4.b.json", 0.86, 0.83, 0.94], // 0.902 (55/61), 0.764 (55/72), 0.964; after the eleventh set's rules 0.884 (61/69), 0.847
    // the fifth: 28 news and agency passages of 2011–2020 split at random with the eighth development set, annotated twice
    // (the annotators agree at 1.0/0.976) and committed before the extractor ran; measured with the rules of the seventh set
    // (0.857/0.878, 0.869/0.869; the rules before this round 0.855/0.866), and once more after the eighth set's rules:
    // (the recall floors lowered once, with the thirty-third set: the tagger, retrained, drops a count of people living in camps that the rules doubt)
    ["letter-blind-5.a.json", 0.83, 0.87, 0.92], // 0.847 (72/85), 0.878 (72/82), 0.931; after the ninth set's rules 0.849 (73/86), 0.890; the eleventh's 0.851 (74/87), 0.902; the thirty-third's 0.867 (72/83), 0.878
    ["letter-blind-5.b.json", 0.84, 0.86, 0.94], // 0.859 (73/85), 0.869 (73/84), 0.959; after the ninth set's rules 0.860 (74/86), 0.881; the eleventh's 0.862 (75/87), 0.893; the thirty-third's 0.880 (73/83), 0.869
    // the sixth: 14 passages split at random from 42 with the ninth development set, annotated twice (the annotators agree at
    // 0.896/1.0) and committed before the extractor ran; measured with the eighth set's rules (0.816/0.833 and 0.714/0.814;
    // the rules before this session 0.828/0.802 and 0.720/0.779), and after the ninth set's rules:
    ["letter-blind-6.a.json", 0.8, 0.82, 0.93], // 0.827 (81/98), 0.844 (81/96), 0.951; after the tenth and eleventh sets' rules 0.816 (80/98), 0.833
    ["letter-blind-6.b.json", 0.7, 0.8, 0.92], // 0.724 (71/98), 0.826 (71/86), 0.944; after the tenth and eleventh sets' rules 0.714 (70/98), 0.814
    // the seventh: 14 passages split at random from 41 with the eleventh development set, annotated twice (the annotators agree
    // at 0.986/0.973) and committed before the extractor ran; measured once with the tenth set's rules: 0.836 (56/67), 0.767
    // (56/73) and 0.851, 0.770 — exactly what the rules before this session give (0f3cb76) — and the same after the eleventh's
    ["letter-blind-7.a.json", 0.8, 0.75, 0.94], // 0.836 (56/67), 0.767 (56/73), 0.982; after the twelfth set's rules 0.824 (56/68), 0.767, 0.964
    ["letter-blind-7.b.json", 0.81, 0.75, 0.94], // 0.851 (57/67), 0.770 (57/74), 0.965; after the twelfth set's rules 0.838 (57/68), 0.770, 0.982
    // the eighth: 14 passages split at random from 40 with the thirteenth development set, annotated twice (the annotators agree
    // at 1.0/0.989) and committed before the extractor ran; measured once with the twelfth set's rules (the rules before this
    // session: 0.810/0.764 and 0.821/0.767), and the same after the thirteenth's:
    ["letter-blind-8.a.json", 0.78, 0.77, 0.95], // 0.805 (70/87), 0.787 (70/89), 0.971
    ["letter-blind-8.b.json", 0.79, 0.77, 0.95], // 0.816 (71/87), 0.789 (71/90), 0.972
    // the ninth: 14 passages split at random from 41 with the fourteenth development set, annotated twice (the annotators agree
    // at 1.0/0.987) and committed before the extractor ran; the rules before this session (dc512cc) score 0.797 (59/74), 0.776
    // (59/76) and 0.797, 0.766; this session's first rules 0.819 (59/72), 0.776 and 0.819, 0.766; then after each round:
    ["letter-blind-9.a.json", 0.81, 0.78, 0.95], // 0.831 (59/71), 0.776 after the fourteenth set's rules; 0.836 (61/73), 0.803 (61/76), 1.0 after the fifteenth's
    ["letter-blind-9.b.json", 0.81, 0.77, 0.95], // 0.831 (59/71), 0.766 after the fourteenth set's rules; 0.836 (61/73), 0.792 (61/77), 0.984 after the fifteenth's
    // the tenth: 14 passages split at random from 42 with the fifteenth development set, annotated twice (the annotators agree
    // at 0.985/0.985) and committed before the extractor ran; the rules before this session score 0.918 (56/61), 0.836 and
    // 0.902, 0.821; measured with the fourteenth set's rules:
    ["letter-blind-10.a.json", 0.91, 0.83, 0.95], // 0.934 (57/61), 0.851 (57/67), 0.982
    ["letter-blind-10.b.json", 0.89, 0.81, 0.95], // 0.918 (56/61), 0.836 (56/67), 0.982
    // the eleventh: 14 passages split at random from 41 with the sixteenth development set, annotated twice (the annotators
    // agree at 0.975/1.0) and committed before the extractor ran; the rules before this session score 0.875 (63/72), 0.787
    // (63/80) and 0.861, 0.795 — more than this session's rules, which leave out breakdowns that these two annotators record
    // (3 of the matches lost): measured with the fifteenth set's rules 0.884 (61/69), 0.762 and 0.870, 0.769, then:
    ["letter-blind-11.a.json", 0.84, 0.73, 0.95], // 0.870 (60/69), 0.750 (60/80), 0.983
    ["letter-blind-11.b.json", 0.83, 0.73, 0.95], // 0.855 (59/69), 0.756 (59/78), 0.983
    // the twelfth: 14 passages split at random from 39 with the seventeenth development set, annotated twice (the annotators
    // agree at 0.985/0.985) and committed before the extractor ran; the rules before this session score 0.746 (44/59), 0.677
    // (44/65) against both; measured with the sixteenth set's rules, and the same after the seventeenth's:
    ["letter-blind-12.a.json", 0.77, 0.68, 0.89], // 0.793 (46/58), 0.708 (46/65), 0.913
    ["letter-blind-12.b.json", 0.77, 0.68, 0.89], // 0.793 (46/58), 0.708 (46/65), 0.913
    // the thirteenth: 14 passages split at random from 39 with the eighteenth development set, annotated twice (the annotators
    // agree at 1.0/0.958) and committed before the extractor ran; the rules before this session score 0.851 (57/67), 0.826
    // (57/69) and 0.881, 0.819; measured with the seventeenth set's rules (0.864 (57/66), 0.826 and 0.879, 0.806), then:
    ["letter-blind-13.a.json", 0.85, 0.81, 0.95], // 0.879 (58/66), 0.841 (58/69), 0.983
    ["letter-blind-13.b.json", 0.87, 0.79, 0.94], // 0.894 (59/66), 0.819 (59/72), 0.966
    // the fourteenth: 14 passages split at random from 42 with the nineteenth development set, annotated twice (the annotators
    // agree at 0.946/0.946) and committed before the extractor ran; the rules before this session score 0.675 (27/40), 0.730
    // (27/37) against both; measured with the eighteenth set's rules and after the second review's mending, then:
    ["letter-blind-14.a.json", 0.72, 0.7, 0.94], // 0.750 (27/36), 0.730 (27/37), 0.963
    ["letter-blind-14.b.json", 0.72, 0.7, 0.94], // 0.750 (27/36), 0.730 (27/37), 1.0
    // the fifteenth: 14 passages split at random from 39 with the twentieth development set, annotated twice (the annotators
    // agree at 1.0/1.0) and committed before the extractor ran; the rules before this session score 0.732 (52/71), 0.825
    // (52/63) against both; measured once with the nineteenth set's rules, and the same after the twentieth's:
    ["letter-blind-15.a.json", 0.73, 0.83, 0.92], // 0.761 (54/71), 0.857 (54/63), 0.944
    ["letter-blind-15.b.json", 0.73, 0.83, 0.94], // 0.761 (54/71), 0.857 (54/63), 0.963
    // the sixteenth: 14 passages split at random from 42 with the twenty-first development set, annotated twice (the annotators
    // agree at 1.0/1.0) and committed before the extractor ran; the rules before this session score 0.774 (48/62), 0.787
    // (48/61) against both; measured once with the twentieth set's rules and a third review's mending, the same after the twenty-first's:
    ["letter-blind-16.a.json", 0.78, 0.78, 0.95], // 0.803 (49/61), 0.803 (49/61), 1.0
    ["letter-blind-16.b.json", 0.78, 0.78, 0.95], // 0.803 (49/61), 0.803 (49/61), 0.980
    // the seventeenth and eighteenth: 14 passages each, split at random from 40 and 35 with the twenty-second and twenty-third
    // development sets, annotated twice (the annotators agree at 0.958/0.958 and 0.986/1.0) and committed before the extractor
    // ran; measured once with the rules alone (b598d46: 0.897/0.722 and 0.914/0.736; 0.842/0.901 and 0.829/0.900), then with
    // the tagger learnt from the development sets up to the thirty-first:
    ["letter-blind-17.a.json", 0.87, 0.7, 0.94], // 0.897 (52/58), 0.722 (52/72), 0.962
    ["letter-blind-17.b.json", 0.85, 0.68, 0.94], // 0.879 (51/58), 0.708 (51/72), 0.961
    // (precision floors lowered once, with the thirty-third set: "six more bodies" is read as a count, which the annotators leave out)
    ["letter-blind-18.a.json", 0.82, 0.82, 0.94], // 0.870 (60/69), 0.845 (60/71), 0.967; 0.836 (61/73), 0.859 (61/71), 0.984 after the next round
    ["letter-blind-18.b.json", 0.81, 0.82, 0.94], // 0.855 (59/69), 0.843 (59/70), 0.966; 0.822 (60/73), 0.857 (60/70), 0.983 after the next round
    // the nineteenth: 14 passages split at random from 42 with the thirty-second and thirty-third development sets, annotated
    // twice (0.98/0.98) and committed before the extractor ran; measured once with the extractor as it was (b217588: 0.857/0.727
    // and 0.857/0.696), then after the rules and tagger written and learnt from those development sets:
    ["letter-blind-19.a.json", 0.81, 0.7, 0.83], // 0.842 (48/57), 0.727 (48/66), 0.854
    ["letter-blind-19.b.json", 0.83, 0.68, 0.87], // 0.860 (49/57), 0.710 (49/69), 0.898
    // the twentieth: 14 passages split at random from 42 with the thirty-fourth and thirty-fifth development sets, annotated
    // twice (the annotators agree on only 48 of the 69 (metric, value) pairs either records: one records 20 more figures)
    // and committed before the extractor ran; measured once with the extractor as this session found it (b217588:
    // 0.701/0.825 and 0.925/0.805), once before the rules from those development sets (0.712/0.825, 0.924/0.792), then after:
    ["letter-blind-20.a.json", 0.69, 0.82, 0.93], // 0.716 (48/67), 0.842 (48/57), 0.958
    ["letter-blind-20.b.json", 0.9, 0.78, 0.93], // 0.925 (62/67), 0.805 (62/77), 0.952; 0.912 (62/68) after the ninth session
    // the twenty-first: 14 passages split at random from 40 with the thirty-eighth and thirty-ninth development sets, annotated
    // twice (the annotators agree on every (metric, value) pair) and committed before the extractor ran; measured once with the
    // extractor as the ninth session found it (ab404cd: 0.750/0.849 against both), then after the rules and tagger from those sets:
    // (floors lowered once, when the tagger learnt the forty-second and forty-third sets too: two of its matches fewer)
    ["letter-blind-21.a.json", 0.74, 0.82, 0.94], // 0.770 (47/61), 0.887 (47/53), 0.979; 0.763 (45/59), 0.849 (45/53) after
    ["letter-blind-21.b.json", 0.74, 0.82, 0.93], // 0.770 (47/61), 0.887 (47/53), 0.957; 0.763 (45/59), 0.849 (45/53) after
    // the twenty-second: 14 passages split at random from 41 with the fortieth and forty-first development sets, annotated twice
    // (0.98/0.98) and committed before the extractor ran; measured once with the rules from the thirty-eighth and thirty-ninth
    // sets (0.698/0.740, 0.717/0.760), and the same after the fortieth's and forty-first's:
    ["letter-blind-22.a.json", 0.67, 0.71, 0.94], // 0.698 (37/53), 0.740 (37/50), 0.973
    ["letter-blind-22.b.json", 0.69, 0.73, 0.94], // 0.717 (38/53), 0.760 (38/50), 0.974
    // the twenty-third: 14 passages split at random from 40 with the forty-second and forty-third development sets, annotated
    // twice (1.0/0.98) and committed before the extractor ran; measured once with the rules from the fortieth and forty-first
    // sets (0.844/0.731, 0.844/0.745), and the same after the forty-second's and forty-third's:
    ["letter-blind-23.a.json", 0.82, 0.7, 0.94], // 0.844 (38/45), 0.731 (38/52), 0.974
    ["letter-blind-23.b.json", 0.82, 0.72, 0.94], // 0.844 (38/45), 0.745 (38/51), 0.974
    // the twenty-fourth: 13 passages split at random from 39 with the forty-fourth and forty-fifth development sets, annotated
    // twice (1.0/0.92) and committed before the extractor ran; measured once with the rules from the forty-second and
    // forty-third sets, and the same after the forty-fourth's and forty-fifth's (the first blind set over the bar):
    ["letter-blind-24.a.json", 0.95, 0.91, 0.97], // 0.979 (46/47), 0.939 (46/49), 1.0
    ["letter-blind-24.b.json", 0.91, 0.95, 0.97], // 0.936 (44/47), 0.978 (44/45), 1.0
  ] as const)("blind, %s: at least what was measured once", atLeast);
});
