#include "quantity/extract_en.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "quantity/en_test_util.h"

namespace crosscheck::quantity {
namespace {

using testing::DumpAll;

struct Case {
  const char* text;
  const char* want;  // DumpAll of every quantity, in order
};

void Check(const Case& c) {
  CAPTURE(c.text);
  CHECK(DumpAll(c.text, ExtractEn(c.text)) == c.want);
}

TEST_CASE("ExtractEn reads digits, scale words and percentages") {
  const Case cases[] = {
      {"an increase of 17.2%", "\"17.2%\" percent 17.2 [17.15,17.25]"},
      {"an increase of 17.2 percent", "\"17.2 percent\" percent 17.2 [17.15,17.25]"},
      {"an increase of 17.2 per cent.", "\"17.2 per cent\" percent 17.2 [17.15,17.25]"},
      {"an increase of 10.9 percentage points",
       "\"10.9 percentage points\" percentage-points 10.9 [10.85,10.95]"},
      {"rose by 1 percentage point", "\"1 percentage point\" percentage-points 1 [0.5,1.5]"},
      {"1.84 million", "\"1.84 million\" count 1840000 [1835000,1845000] scale=million"},
      {"471,200", "\"471,200\" count 471200 [471199.5,471200.5]"},
      {"3 trillion",
       "\"3 trillion\" count 3000000000000 [2500000000000,3500000000000] "
       "scale=trillion"},
      {"45 thousand", "\"45 thousand\" count 45000 [44500,45500] scale=thousand"},
      {"0.5", "\"0.5\" count 0.5 [0.45,0.55]"},
      {"Revenue was RMB1.2bn.",
       "\"RMB1.2bn\" money 1200000000 [1150000000,1250000000] unit=CNY scale=billion"},
      {"Net profit was US$34m.", "\"US$34m\" money 34000000 [33500000,34500000] unit=USD scale=million"},
      {"a $5.6 bn deal", "\"$5.6 bn\" money 5600000000 [5550000000,5650000000] unit=USD scale=billion"},
      {"2.3mn users", "\"2.3mn users\" count 2300000 [2250000,2350000] unit=noun:user scale=million"},
      {"a 34m bridge", ""},
      {"up 1.5 ppt year on year", "\"1.5 ppt\" percentage-points 1.5 [1.45,1.55]"},
      {"down 0.3pp", "\"0.3pp\" percentage-points 0.3 [0.25,0.35]"},
      {"in 1,237 enterprises.",
       "\"1,237 enterprises\" count 1237 [1236.5,1237.5] "
       "unit=enterprise"},
      {"1,288, or 85 percent,",
       "\"1,288\" count 1288 [1287.5,1288.5]; \"85 percent\" percent 85 [84.5,85.5]"},
  };
  for (const Case& c : cases) Check(c);
}

TEST_CASE("ExtractEn reads currencies and rates") {
  const Case cases[] = {
      {"from RMB23,200 to RMB34,700",
       "\"RMB23,200\" money 23200 [23199.5,23200.5] unit=CNY; "
       "\"RMB34,700\" money 34700 [34699.5,34700.5] unit=CNY"},
      {"cuts of RMB7.6 billion",
       "\"RMB7.6 billion\" money 7600000000 [7550000000,7650000000] unit=CNY scale=billion"},
      {"cuts of 7.6 billion yuan",
       "\"7.6 billion yuan\" money 7600000000 [7550000000,7650000000] unit=CNY "
       "scale=billion"},
      {"RMB 500", "\"RMB 500\" money 500 [499.5,500.5] unit=CNY"},
      {"CNY 1,000", "\"CNY 1,000\" money 1000 [999.5,1000.5] unit=CNY"},
      {"US$5 million", "\"US$5 million\" money 5000000 [4500000,5500000] unit=USD scale=million"},
      {"costs $300", "\"$300\" money 300 [299.5,300.5] unit=USD"},
      {"USD 40", "\"USD 40\" money 40 [39.5,40.5] unit=USD"},
      {"40 US dollars", "\"40 US dollars\" money 40 [39.5,40.5] unit=USD"},
      {"saving over RMB90,000 yuan",
       "\"over RMB90,000 yuan\" money 90000 [89999.5,135000] unit=CNY more-than"},
      {"from RMB1,520 per month",
       "\"RMB1,520 per month\" rate 1520 [1519.5,1520.5] unit=CNY/month"},
      {"earned less than RMB10,000 per year",
       "\"less than RMB10,000 per year\" money 10000 [5000,10000.5] unit=CNY less-than"},
      {"a monthly income of about RMB9,000",
       "\"about RMB9,000\" rate 9000 [8100,9900] unit=CNY/month about"},
      {"his monthly income rose to more than RMB4,000",
       "\"more than RMB4,000\" rate 4000 [3999.5,6000] unit=CNY/month more-than"},
      {"monthly reports. Savings of RMB4,000",
       "\"RMB4,000\" money 4000 [3999.5,4000.5] unit=CNY"},
      {"earned RMB30,000 annually", "\"RMB30,000 annually\" money 30000 [29999.5,30000.5] unit=CNY"},
      {"over 145,000 job opportunities",
       "\"over 145,000 job opportunities\" count 145000 [144999.5,217500] unit=job more-than"},
      {"621 job fairs", "\"621 job fairs\" count 621 [620.5,621.5] unit=noun:fair"},
      {"This is the third time the fair has been held",
       "\"third\" ordinal 3 [2.5,3.5] spelled"},
      {"He finished twentieth in the race", "\"twentieth\" ordinal 20 [19.5,20.5] spelled"},
      {"One day he decided to leave.", ""},
      {"for the first time", ""},
      {"only a few thousand yuan annually",
       "\"a few thousand yuan\" money 1000 [1000,10000] unit=CNY more-than scale=thousand spelled"},
  };
  for (const Case& c : cases) Check(c);
}

TEST_CASE("ExtractEn reads number words") {
  const Case cases[] = {
      {"the eight-hour workday", "\"eight-hour\" duration 8 [7.5,8.5] unit=hour spelled"},
      {"a 40-hour workweek", "\"40-hour\" duration 40 [39.5,40.5] unit=hour"},
      {"a three-year program", "\"three-year\" duration 3 [2.5,3.5] unit=year spelled"},
      {"Xiao Min and five other women",
       "\"five other women\" count 5 [4.5,5.5] unit=person spelled"},
      {"The four prefectures in southern Xinjiang",
       "\"four prefectures\" count 4 [3.5,4.5] unit=prefecture spelled"},
      {"twenty-five villages",
       "\"twenty-five villages\" count 25 [24.5,25.5] unit=village spelled"},
      {"one hundred and twenty enterprises",
       "\"one hundred and twenty enterprises\" count 120 [119.5,120.5] unit=enterprise spelled"},
      {"One center and three sub-centers were set up",
       "\"One center\" count 1 [0.5,1.5] unit=noun:center spelled; \"three sub-centers\" count 3 "
       "[2.5,3.5] unit=noun:sub-center spelled"},
      {"one school and 20 hospitals", "\"one school\" count 1 [0.5,1.5] unit=noun:school spelled; "
       "\"20 hospitals\" count 20 [19.5,20.5] unit=noun:hospital"},
      {"two dozen students", "\"two dozen students\" count 24 [23.5,24.5] unit=student spelled"},
      {"three million people",
       "\"three million people\" count 3000000 [2500000,3500000] unit=person scale=million "
       "spelled"},
      {"a thousand households",
       "\"a thousand households\" count 1000 [500,1500] unit=household scale=thousand "
       "spelled"},
      {"a five-tiered system", "\"five-tiered\" count 5 [4.5,5.5] unit=noun:tiered spelled"},
      {"Three villages took part.", "\"Three villages\" count 3 [2.5,3.5] unit=village spelled"},
      {"at least one skill", "\"at least one skill\" count 1 [0.5,1.5] unit=noun:skill at-least spelled"},
      {"for two decades", "\"two decades\" duration 20 [19.5,20.5] unit=year spelled"},
  };
  for (const Case& c : cases) Check(c);
}

TEST_CASE("ExtractEn reads once, twice and thrice as counts of times") {
  const Case cases[] = {
      {"Run it twice a day.", "\"twice\" count 2 [1.5,2.5] unit=noun:time spelled"},
      {"inspected once a year", "\"once\" count 1 [0.5,1.5] unit=noun:time spelled"},
      {"held thrice per month", "\"thrice\" count 3 [2.5,3.5] unit=noun:time spelled"},
      {"checked once every quarter", "\"once\" count 1 [0.5,1.5] unit=noun:time spelled"},
      {"reported twice weekly", "\"twice\" count 2 [1.5,2.5] unit=noun:time spelled"},
      {"at least once a month",
       "\"at least once\" count 1 [0.5,1.5] unit=noun:time at-least spelled"},
      {"She crossed the desert twice.", "\"twice\" count 2 [1.5,2.5] unit=noun:time spelled"},
  };
  for (const Case& c : cases) Check(c);
}

TEST_CASE("ExtractEn reads fractions, decades and vague plurals") {
  const Case cases[] = {
      {"About a quarter of the enterprises",
       "\"About a quarter\" fraction 0.25 [0.225,0.275] about spelled"},
      {"in the first quarter; once a quarter; a quarter century",
       "\"first\" ordinal 1 [0.5,1.5] spelled; \"once\" count 1 [0.5,1.5] unit=noun:time spelled"},
      {"almost two-thirds of the total",
       "\"almost two-thirds\" fraction 0.666666666666666666 "
       "[0.5999999999999999994,0.6666666666666666665] nearly spelled"},
      {"one third of them",
       "\"one third\" fraction 0.333333333333333333 "
       "[0.3333333333333333325,0.3333333333333333335] spelled"},
      {"in the first three quarters", "\"first\" ordinal 1 [0.5,1.5] spelled; \"three quarters\" "
       "count 3 [2.5,3.5] unit=noun:quarter spelled"},
      {"three quarters of the land",
       "\"three quarters\" fraction 0.75 [0.7499999999999999995,0.7500000000000000005] spelled"},
      {"a quarter of the workers",
       "\"a quarter\" fraction 0.25 [0.2499999999999999995,0.2500000000000000005] spelled"},
      {"a third of the workers",
       "\"a third\" fraction 0.333333333333333333 "
       "[0.3333333333333333325,0.3333333333333333335] spelled"},
      {"half of them", "\"half\" fraction 0.5 [0.45,0.55] spelled"},
      {"more than half", "\"more than half\" fraction 0.5 [0.45,0.75] more-than spelled"},
      {"half a year", "\"half a year\" duration 0.5 [0.45,0.55] unit=year spelled"},
      {"one and a half", ""},
      {"within a decade", "\"a decade\" duration 10 [9.5,10.5] unit=year spelled"},
      {"Over the past decade and more, she",
       "\"decade and more\" duration 10 [9.5,15] unit=year more-than spelled"},
      {"dozens of villages", "\"dozens of villages\" count 12 [12,100] unit=village more-than spelled"},
      {"stretching hundreds of miles",
       "\"hundreds of miles\" count 100 [100,1000] unit=mile more-than scale=hundred spelled"},
      {"helped thousands of people",
       "\"thousands of people\" count 1000 [1000,10000] unit=person more-than scale=thousand spelled"},
      {"tens of thousands of jobs",
       "\"tens of thousands of jobs\" count 10000 [10000,100000] unit=job more-than "
       "scale=thousand spelled"},
      {"hundreds of them", "\"hundreds\" count 100 [100,1000] more-than scale=hundred spelled"},
      {"several hundred", "\"several hundred\" count 100 [100,1000] more-than spelled"},
  };
  for (const Case& c : cases) Check(c);
}

TEST_CASE("ExtractEn reads ordinals") {
  const Case cases[] = {
      {"the 18th National Congress", "\"18th\" ordinal 18 [17.5,18.5]"},
      {"the 1st, 2nd and 3rd",
       "\"1st\" ordinal 1 [0.5,1.5]; \"2nd\" ordinal 2 [1.5,2.5]; \"3rd\" ordinal 3 [2.5,3.5]"},
      {"the third batch", "\"third\" ordinal 3 [2.5,3.5] spelled"},
      {"its twentieth anniversary", "\"twentieth\" ordinal 20 [19.5,20.5] spelled"},
      {"The first group arrived", "\"first\" ordinal 1 [0.5,1.5] spelled"},
  };
  for (const Case& c : cases) Check(c);
}

TEST_CASE("ExtractEn reads ranges as one quantity") {
  const Case cases[] = {
      {"From 2014 to 2019, the total", "\"From 2014 to 2019\" year 2014 [2013.5,2019.5] range"},
      {"from 2017 through 2019", "\"from 2017 through 2019\" year 2017 [2016.5,2019.5] range"},
      {"Program for China (2016-2020)", "\"2016-2020\" year 2016 [2015.5,2020.5] range"},
      {"the 2016\xE2\x80\x93"
       "2020 plan",
       "\"2016\xE2\x80\x93"
       "2020\" year 2016 [2015.5,2020.5] range"},
      {"in 2016 \xE2\x80\x93 2020", "\"2016 \xE2\x80\x93 2020\" year 2016 [2015.5,2020.5] range"},
      {"between 10 and 20 percent", "\"between 10 and 20 percent\" percent 10 [9.5,20.5] range"},
      {"between 10% and 20%", "\"between 10% and 20%\" percent 10 [9.5,20.5] range"},
      {"between 3 and 5 million people",
       "\"between 3 and 5 million people\" count 3000000 [2500000,5500000] unit=person range "
       "scale=million"},
      {"between three and five villages",
       "\"between three and five villages\" count 3 [2.5,5.5] unit=village range spelled"},
      {"3-5 days", "\"3-5 days\" duration 3 [2.5,5.5] unit=day range"},
      {"RMB3,000-5,000", "\"RMB3,000-5,000\" money 3000 [2999.5,5000.5] unit=CNY range"},
      // A range runs upwards.
      {"won 23-1.5", "\"23\" count 23 [22.5,23.5]; \"1.5\" count 1.5 [1.45,1.55]"},
      {"between 20 and 10 people",
       "\"20\" count 20 [19.5,20.5]; "
       "\"10 people\" count 10 [9.5,10.5] unit=person"},
      // A change between two figures is two figures, not a range.
      {"rose from 11.35 million to 13.3 million",
       "\"11.35 million\" count 11350000 [11345000,11355000] scale=million; "
       "\"13.3 million\" count 13300000 [13250000,13350000] scale=million"},
      {"From 2013 to the end of 2019",
       "\"From 2013 to the end of 2019\" year 2013 [2012.5,2019.5] range"},
      {"From 2018 to June 2020", "\"From 2018 to June 2020\" year 2018 [2017.5,2020.5] range"},
  };
  for (const Case& c : cases) Check(c);
}

TEST_CASE("ExtractEn reads dates and years") {
  const Case cases[] = {
      {"September 2020", "\"September 2020\" date 20200900 [20200899.5,20200900.5]"},
      {"on March 10, 2025 the", "\"March 10, 2025\" date 20250310 [20250309.5,20250310.5]"},
      {"on 10 September 2025", "\"10 September 2025\" date 20250910 [20250909.5,20250910.5]"},
      {"as of the end of June 2020", "\"June 2020\" date 20200600 [20200599.5,20200600.5]"},
      {"on March 10 the", "\"March 10\" date 310 [309.5,310.5]"},
      {"held from September 10 to 12.", "\"September 10 to 12\" date 910 [909.5,912.5] range"},
      {"held on September 10-12, 2020.",
       "\"September 10-12, 2020\" date 20200910 [20200909.5,20200912.5] range"},
      {"from September 28 to October 2", "\"September 28 to October 2\" date 928 [927.5,1002.5] range"},
      {"on March 10 to 20 people", "\"March 10\" date 310 [309.5,310.5]; \"20 people\" count 20 "
       "[19.5,20.5] unit=person"},
      {"May 1st, 2020", "\"May 1st, 2020\" date 20200501 [20200500.5,20200501.5]"},
      {"In 2019, Hotan", "\"2019\" year 2019 [2018.5,2019.5]"},
      {"an increase of 146,200 over 2014",
       "\"146,200\" count 146200 [146199.5,146200.5]; \"2014\" year 2014 [2013.5,2014.5]"},
      {"2000 people", "\"2000 people\" count 2000 [1999.5,2000.5] unit=person"},
      {"employed 1999 workers", "\"1999 workers\" count 1999 [1998.5,1999.5] unit=worker"},
  };
  for (const Case& c : cases) Check(c);
}

TEST_CASE("ExtractEn reads hedges") {
  const Case cases[] = {
      {"Annual grain output exceeded 650 billion jin.",
       "\"exceeded 650 billion\" count 650000000000 [649500000000,975000000000] more-than "
       "scale=billion"},
      {"shall not exceed 44 hours a week",
       "\"not exceed 44 hours\" duration 44 [22,44.5] unit=hour at-most"},
      {"Investment was in excess of RMB5 billion.",
       "\"in excess of RMB5 billion\" money 5000000000 [4500000000,7500000000] unit=CNY "
       "more-than scale=billion"},
      {"more than 471,200 people",
       "\"more than 471,200 people\" count 471200 [471199.5,706800] unit=person more-than"},
      {"nearly 1.68 million, or over 60 percent",
       "\"nearly 1.68 million\" count 1680000 [1512000,1685000] nearly scale=million; "
       "\"over 60 percent\" percent 60 [59.5,90] more-than"},
      {"almost 60 percent", "\"almost 60 percent\" percent 60 [54,60.5] nearly"},
      {"about 200 employees", "\"about 200 employees\" count 200 [180,220] unit=person about"},
      {"around 21.73 million people",
       "\"around 21.73 million people\" count 21730000 [19557000,23903000] unit=person about "
       "scale=million"},
      {"some RMB7.6 billion",
       "\"some RMB7.6 billion\" money 7600000000 [6840000000,8360000000] unit=CNY about "
       "scale=billion"},
      {"at least 5 days", "\"at least 5 days\" duration 5 [4.5,7.5] unit=day at-least"},
      {"up to 30 days", "\"up to 30 days\" duration 30 [15,30.5] unit=day at-most"},
      {"less than three years",
       "\"less than three years\" duration 3 [1.5,3.5] unit=year less-than spelled"},
      {"under 18", "\"under 18\" count 18 [9,18.5] less-than"},
      {"below 3.5 percent", "\"below 3.5 percent\" percent 3.5 [1.75,3.55] less-than"},
      {"roughly 40", "\"roughly 40\" count 40 [36,44] about"},
      {"approximately 1,000", "\"approximately 1,000\" count 1000 [900,1100] about"},
      {"More than 500 local residents",
       "\"More than 500 local residents\" count 500 [499.5,750] unit=person more-than"},
      {"no more than 20 people",
       "\"no more than 20 people\" count 20 [10,20.5] unit=person at-most"},
      {"100 people or more", "\"100 people or more\" count 100 [99.5,150] unit=person at-least"},
      {"100 or so", "\"100 or so\" count 100 [90,110] about"},
      // "and more jobs" starts a phrase of its own.
      {"100 and more jobs", "\"100\" count 100 [99.5,100.5]"},
  };
  for (const Case& c : cases) Check(c);
}

TEST_CASE("ExtractEn reads units and ratios") {
  const Case cases[] = {
      {"45.4 : 16.0 : 38.6",
       "\"45.4\" ratio 45.4 [45.35,45.45]; \"16.0\" ratio 16 [15.95,16.05]; "
       "\"38.6\" ratio 38.6 [38.55,38.65]"},
      {"45.4:16.0:38.6",
       "\"45.4\" ratio 45.4 [45.35,45.45]; \"16.0\" ratio 16 [15.95,16.05]; "
       "\"38.6\" ratio 38.6 [38.55,38.65]"},
      {"40 km", "\"40 km\" count 40 [39.5,40.5] unit=km"},
      {"40km", "\"40km\" count 40 [39.5,40.5] unit=km"},
      {"300 hectares", "\"300 hectares\" count 300 [299.5,300.5] unit=hectare"},
      {"2.6 million surplus rural workers",
       "\"2.6 million surplus rural workers\" count 2600000 [2550000,2650000] unit=worker "
       "scale=million"},
      {"737,600 households",
       "\"737,600 households\" count 737600 [737599.5,737600.5] "
       "unit=household"},
      {"within 24 hours", "\"24 hours\" duration 24 [23.5,24.5] unit=hour"},
      {"621 job fairs", "\"621 job fairs\" count 621 [620.5,621.5] unit=noun:fair"},
      {"26 international labor conventions",
       "\"26 international labor conventions\" count 26 [25.5,26.5] unit=noun:convention"},
      {"149 job placement agencies",
       "\"149 job placement agencies\" count 149 [148.5,149.5] unit=noun:agency"},
      {"148,000 in southern Xinjiang", "\"148,000\" count 148000 [147999.5,148000.5]"},
      {"923 wished to do factory work", "\"923\" count 923 [922.5,923.5]"},
      {"250 person-times", "\"250 person-times\" count 250 [249.5,250.5] unit=person-time"},
  };
  for (const Case& c : cases) Check(c);
}

TEST_CASE("ExtractEn leaves out what is no figure") {
  const Case cases[] = {
      {"has become one of the best employees", ""},
      {"they care for one another", ""},
      {"no one is left behind", ""},
      {"someone from the village", ""},
      {"each and every one of them", ""},
      {"vital to one's survival", ""},
      {"the one who came; this one", ""},
      {"Securing employment in the face of Covid-19.", ""},
      {"the 2030 Agenda for Sustainable Development", ""},
      {"In the UN 2030 Agenda for Sustainable Development", ""},
      {"III. Full Respect for Workers' Job Preferences", ""},
      {"as provided in Article 3 of the Labor Law", ""},
      {"under No. 5 of the rules", ""},
      {"First, the government acted", ""},
      {"for the first time", ""},
      {"always puts people first", ""},
      {"the 13th Five-Year Plan", "\"13th\" ordinal 13 [12.5,13.5]"},
      {"the national May 1st Labor Medal", ""},
      {"two-way selection platforms", ""},
      {"a one-stop service", ""},
      {"5G networks", ""},
      {"Employment and Labor Rights in Xinjiang 3 / 8", ""},
      {"at 10:30 every day", ""},
      {"(1) Employment", ""},
      {"in the 1990s", ""},
      {"G20 members", ""},
      {"on behalf of the workers", ""},
      {"a half-hearted effort", ""},
      {"It fell by a quarter.",
       "\"a quarter\" fraction 0.25 [0.2499999999999999995,0.2500000000000000005] spelled"},
      {"It fell by roughly a quarter.", "\"roughly a quarter\" fraction 0.25 [0.225,0.275] about spelled"},
      {"in the first half of the year; the second half of 2020",
       "\"2020\" year 2020 [2019.5,2020.5]"},
      {"found jobs within 24 hours once they were identified",
       "\"24 hours\" duration 24 [23.5,24.5] unit=hour"},
      {"once again; at once; once upon a time; all at once", ""},
      {"twice as many workers as before", ""},
      {"twice the national average", ""},
      {"there is a large impoverished population", ""},
      {"", ""},
  };
  for (const Case& c : cases) Check(c);
}

TEST_CASE("ExtractEn keeps offsets on UTF-8 text") {
  // Curly quotes and dashes are multibyte; offsets are bytes.
  std::string text =
      "\xE2\x80\x9C"
      "each household\xE2\x80\x9D \xE2\x80\x93 almost 60 percent";
  std::vector<Quantity> qs = ExtractEn(text);
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].begin == text.find("almost"));
  CHECK(qs[0].end == text.size());
}

// Regression cases: sentences of corpus/labor-rights-2020.en.txt, each with
// the figures a careful reader counts in it.
TEST_CASE("ExtractEn regression: labor-rights-2020 sentences") {
  const Case cases[] = {
      {"From 2014 to 2019, the total number of people employed in Xinjiang rose from 11.35 "
       "million to 13.3 million, an increase of 17.2 percent.",
       "\"From 2014 to 2019\" year 2014 [2013.5,2019.5] range; "
       "\"11.35 million\" count 11350000 [11345000,11355000] scale=million; "
       "\"13.3 million\" count 13300000 [13250000,13350000] scale=million; "
       "\"17.2 percent\" percent 17.2 [17.15,17.25]"},
      {"the average annual relocation of surplus rural labor was more than 2.76 million people, "
       "of whom nearly 1.68 million, or over 60 percent, were in southern Xinjiang.",
       "\"more than 2.76 million people\" count 2760000 [2755000,4140000] unit=person "
       "more-than scale=million; "
       "\"nearly 1.68 million\" count 1680000 [1512000,1685000] nearly scale=million; "
       "\"over 60 percent\" percent 60 [59.5,90] more-than"},
      {"Xinjiang had a surplus rural workforce of 2.59 million people, among whom 1.65 million "
       "were in southern Xinjiang, accounting for almost two-thirds of the total.",
       "\"2.59 million people\" count 2590000 [2585000,2595000] unit=person scale=million; "
       "\"1.65 million\" count 1650000 [1645000,1655000] scale=million; "
       "\"almost two-thirds\" fraction 0.666666666666666666 "
       "[0.5999999999999999994,0.6666666666666666665] nearly spelled"},
      {"placement of 2.6 million surplus rural workers through relocation, a year-on-year "
       "increase of 46.1 percent.",
       "\"2.6 million surplus rural workers\" count 2600000 [2550000,2650000] unit=worker "
       "scale=million; \"46.1 percent\" percent 46.1 [46.05,46.15]"},
      {"urban residents: from RMB23,200 to RMB34,700 (an average annual nominal growth of 8.6 "
       "percent);",
       "\"RMB23,200\" money 23200 [23199.5,23200.5] unit=CNY; "
       "\"RMB34,700\" money 34700 [34699.5,34700.5] unit=CNY; "
       "\"8.6 percent\" percent 8.6 [8.55,8.65]"},
      {"In 2019, Hotan Prefecture alone issued RMB910 million guaranteed loans for business "
       "startups, which helped 12,500 people to start businesses",
       "\"2019\" year 2019 [2018.5,2019.5]; "
       "\"RMB910 million\" money 910000000 [909500000,910500000] unit=CNY scale=million; "
       "\"12,500 people\" count 12500 [12499.5,12500.5] unit=person"},
      {"Xinjiang strictly applies relevant state regulations and adopts the system of the "
       "eight-hour workday and 40-hour workweek.",
       "\"eight-hour\" duration 8 [7.5,8.5] unit=hour spelled; "
       "\"40-hour\" duration 40 [39.5,40.5] unit=hour"},
      {"Every year from 2014 to 2019 Xinjiang provided training sessions to an average of 1.29 "
       "million urban and rural workers, of which 451,400 were in southern Xinjiang.",
       "\"from 2014 to 2019\" year 2014 [2013.5,2019.5] range; "
       "\"1.29 million urban and rural workers\" count 1290000 [1285000,1295000] "
       "unit=worker scale=million; \"451,400\" count 451400 [451399.5,451400.5]"},
      {"raising the minimum salary by almost 20 percent from RMB1,520 per month in 2013 to "
       "RMB1,820 per month in 2018",
       "\"almost 20 percent\" percent 20 [18,20.5] nearly; "
       "\"RMB1,520 per month\" rate 1520 [1519.5,1520.5] unit=CNY/month; "
       "\"2013\" year 2013 [2012.5,2013.5]; "
       "\"RMB1,820 per month\" rate 1820 [1819.5,1820.5] unit=CNY/month; "
       "\"2018\" year 2018 [2017.5,2018.5]"},
      {"In the UN 2030 Agenda for Sustainable Development, \xE2\x80\x9C"
       "ending poverty in all "
       "its forms everywhere\xE2\x80\x9D tops all other development goals",
       ""},
      {"the ratio in 2014 was 45.4 : 16.0 : 38.6, which evolved to 36.4 : 14.1 : 49.5 in 2019.",
       "\"2014\" year 2014 [2013.5,2014.5]; \"45.4\" ratio 45.4 [45.35,45.45]; "
       "\"16.0\" ratio 16 [15.95,16.05]; \"38.6\" ratio 38.6 [38.55,38.65]; "
       "\"36.4\" ratio 36.4 [36.35,36.45]; \"14.1\" ratio 14.1 [14.05,14.15]; "
       "\"49.5\" ratio 49.5 [49.45,49.55]; \"2019\" year 2019 [2018.5,2019.5]"},
      {"China has ratified 26 international labor conventions, including four of the ILO's "
       "fundamental conventions",
       "\"26 international labor conventions\" count 26 [25.5,26.5] unit=noun:convention; "
       "\"four\" count 4 [3.5,4.5] spelled"},
      {"After three years of rotating in various positions, Amina Obul has become one of the "
       "best employees of an energy company.",
       "\"three years\" duration 3 [2.5,3.5] unit=year spelled"},
      {"By the end of 2019, 183,700 of them were employed \xE2\x80\x93 almost 60 percent of the "
       "total workforce",
       "\"2019\" year 2019 [2018.5,2019.5]; \"183,700\" count 183700 [183699.5,183700.5]; "
       "\"almost 60 percent\" percent 60 [54,60.5] nearly"},
  };
  for (const Case& c : cases) Check(c);
}

// Paragraphs of a corpus file: blank-line separated blocks, lines joined with
// a space, and a block that stops mid-sentence (a page break) joined to the
// next block when that starts in lower case.
std::vector<std::string> Paragraphs(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> blocks;
  std::string line, block;
  while (std::getline(in, line)) {
    if (line.empty()) {
      if (!block.empty()) blocks.push_back(block);
      block.clear();
    } else {
      block += block.empty() ? line : " " + line;
    }
  }
  if (!block.empty()) blocks.push_back(block);
  std::vector<std::string> paragraphs;
  for (const std::string& b : blocks) {
    if (!paragraphs.empty() && b[0] >= 'a' && b[0] <= 'z') {
      paragraphs.back() += " " + b;
    } else {
      paragraphs.push_back(b);
    }
  }
  return paragraphs;
}

TEST_CASE("ExtractEn regression: every figure of labor-rights-2020.en.txt") {
  // The golden file lists the dump of every quantity, one a line, reviewed by
  // hand against the text.
  const std::string dir = std::string(CROSSCHECK_SOURCE_DIR);
  std::vector<std::string> got;
  for (const std::string& p : Paragraphs(dir + "/corpus/labor-rights-2020.en.txt")) {
    for (const Quantity& q : ExtractEn(p)) got.push_back(testing::Dump(p, q));
  }
  std::ifstream golden(dir + "/tests/quantity/testdata/labor-rights-2020.en.quantities");
  REQUIRE(golden.good());
  std::vector<std::string> want;
  for (std::string line; std::getline(golden, line);) want.push_back(line);
  for (size_t i = 0; i < std::max(got.size(), want.size()); ++i) {
    CAPTURE(i);
    CHECK((i < got.size() ? got[i] : "<none>") == (i < want.size() ? want[i] : "<none>"));
  }
}

}  // namespace
}  // namespace crosscheck::quantity
