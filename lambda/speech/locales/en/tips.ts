/** Running tips, from the article on running safely with back pain. Short: they are heard. */
export default {
  shoes: [
    'Make sure your running shoes fit. Think about your arch height, and whether you under- or over-pronate, when you choose them. Your doctor or physical therapist can advise you.',
    "Shoes that fit can make or break a run. Choose them for your arch height and for how your foot rolls: under-pronation or over-pronation. Ask your doctor or physical therapist if you're unsure.",
  ],
  socks: [
    'Get proper running socks. Poor socks can cause injuries that change your form, and that can make back pain worse.',
    'Wear real running socks. Sore feet change how you run, and your back pays for it.',
  ],
  wornShoes: [
    "Replace your shoes when they show wear and tear. When they feel less comfortable, or you notice they're affecting your stride, it's time.",
    'Worn shoes change your stride. Once they get less comfortable, replace them.',
  ],
  sleep: [
    'Recovery happens at night too. A mattress designed for back pain helps you rest well and be ready for the next run.',
    'Sleep is part of training. A supportive mattress helps your back recover between runs.',
  ],
  food: [
    "Don't just eat well: eat enough. Running taxes your body, and it needs all the nutrients it can get.",
    'Make sure you eat enough, not only well. Your body needs the nutrients to recover from your runs.',
  ],
  warmUp: [
    'Always warm up: start with a two or three minute walk, then build up to a jog. Some yoga or jumping jacks work too. Get your core and legs ready.',
    'Warm up before every run, your core as well as your legs. A brisk walk that builds into a jog is a good start.',
  ],
  coolDown: [
    'Cool down by doing the opposite of your warm-up: slow to a jog, then a walk, for two or three minutes. Then stretch your back, not just your legs.',
    'After your run, ease down from a jog to a walk, and stretch. Remember your back, not only your legs.',
  ],
  another: ['Want another tip?', 'Shall I give you another one?'],
  anotherReprompt: ['Would you like another tip? Yes or no?', 'Another tip? Say yes or no.'],
  done: ['OK. Happy running, and be kind to your back.', 'All right. Run easy.'],
} as const;
